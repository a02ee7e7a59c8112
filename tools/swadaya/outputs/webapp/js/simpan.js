/* Swadaya (MIT): the "Simpan untuk dibaca tanpa internet" control. Loaded only by the page
   that carries it (#simpan); source: tools/swadaya/outputs/webapp/js/simpan.js.

   Files are fetched by this page, checked against the SHA-256 in simpan.json and put one
   by one into the service worker's cache of the running version, so a dropped connection
   leaves whole files only: the next try fetches just what is missing. What the reader
   chose is kept in that cache too, so the service worker keeps it on updates. */
(() => {
  "use strict";
  const box = document.getElementById("simpan");
  if (!box) return;
  const $ = (selector) => box.querySelector(selector);
  const button = $(".sw-simpan__tombol");
  const remove = $(".sw-simpan__hapus");
  const bar = $("progress");
  const status = $(".sw-simpan__status");
  const choices = [...box.querySelectorAll("input[name=unduhan]")];
  const sw = navigator.serviceWorker;
  const say = (text) => { status.textContent = text; };
  if (!sw || !window.caches || !window.isSecureContext) {
    button.disabled = true;
    say("Peramban ini tidak bisa menyimpan situs dari alamat ini. Pakai berkas ZIM (aplikasi " +
        "Kiwix), EPUB atau PDF: lihat halaman Membaca tanpa internet.");
    return;
  }
  const scope = new URL(".", window.__md_scope || location).href;
  const CHOICE = scope + "simpan/pilihan";
  const size = (bytes) => bytes >= 1048576
    ? (bytes / 1048576).toFixed(1).replace(".", ",") + " MB"
    : Math.max(1, Math.round(bytes / 1024)) + " KB";
  let cache, list, busy = false, retry = 0, timer = 0;

  const ask = (worker, message) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });

  async function digest(buffer) {
    const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
    return Array.from(bytes.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  async function open() {
    const registration = await sw.ready;
    cache = await caches.open(await ask(registration.active, "cache"));
    list = await (await cache.match(scope + "simpan.json")).json();
  }

  const chosen = () => choices.filter((c) => c.checked).map((c) => c.value);
  const groups = (keys) => [list.situs, ...list.unduhan.filter((g) => keys.includes(g.kunci))];
  const files = (keys) => groups(keys).flatMap((g) => g.berkas);
  async function have() { return new Set((await cache.keys()).map((r) => r.url)); }
  async function saved() {
    const answer = await cache.match(CHOICE);
    return answer ? answer.json() : null;
  }

  async function keep([path, , , hash]) {
    const response = await fetch(scope + path, {cache: "no-cache"});
    if (!response.ok) throw new Error(path + " " + response.status);
    const body = await response.arrayBuffer();
    if ((await digest(body)) !== hash) throw Object.assign(new Error(path), {changed: true});
    const type = response.headers.get("Content-Type");
    await cache.put(scope + path, new Response(body, {headers: type ? {"Content-Type": type} : {}}));
  }

  function kept(keys) {
    const count = (test) => list.situs.berkas.filter(([p]) => test.test(p)).length;
    const parts = [count(/\.html$/) + " halaman", "pencarian",
                   count(/^(?!assets\/).*\.(svg|png|jpe?g|webp|gif)$/) + " gambar"];
    for (const g of list.unduhan) if (keys.includes(g.kunci)) parts.push(g.judul);
    return parts.join(", ");
  }

  async function show() {
    const choice = await saved();
    const wanted = files(chosen());
    const present = await have();
    const missing = wanted.filter(([p]) => !present.has(scope + p));
    const extra = list.unduhan.some((g) => !chosen().includes(g.kunci)
                                      && g.berkas.some(([p]) => present.has(scope + p)));
    const rest = missing.reduce((sum, f) => sum + f[2], 0);
    remove.hidden = !choice;
    button.disabled = !missing.length && !extra;
    if (!choice) {
      button.textContent = "Simpan untuk dibaca tanpa internet (≈ " + size(rest) + ")";
      return say("");
    }
    if (missing.length) {
      button.textContent = "Lanjutkan menyimpan (≈ " + size(rest) + ")";
      return say("Belum selesai: " + (wanted.length - missing.length) + " dari " +
                 wanted.length + " berkas sudah tersimpan.");
    }
    button.textContent = extra ? "Simpan pilihan ini" : "Sudah tersimpan";
    const {usage} = navigator.storage && navigator.storage.estimate
      ? await navigator.storage.estimate() : {usage: 0};
    const lasting = navigator.storage && navigator.storage.persisted
      && await navigator.storage.persisted();
    say("Tersimpan di HP ini: " + kept(choice.unduhan) + ". Ruang terpakai: " + size(usage) +
        ". " + (lasting ? "Peramban tidak akan menghapusnya sendiri."
                        : "Peramban bisa menghapusnya bila ruang HP hampir penuh; " +
                          "bukalah situs ini sesekali."));
  }

  async function save() {
    if (busy) return;
    busy = true;
    clearTimeout(timer);
    button.disabled = true;
    button.textContent = "Sedang menyimpan…";
    if (navigator.storage && navigator.storage.persist) await navigator.storage.persist();
    const keys = chosen();
    await cache.put(CHOICE, new Response(JSON.stringify({situs: true, unduhan: keys})));
    for (const g of list.unduhan) {
      if (!keys.includes(g.kunci)) for (const [p] of g.berkas) await cache.delete(scope + p);
    }
    const wanted = files(keys);
    const present = await have();
    const queue = wanted.filter(([p]) => !present.has(scope + p));
    const total = wanted.reduce((sum, f) => sum + f[2], 0);
    let done = wanted.length - queue.length;
    let bytes = total - queue.reduce((sum, f) => sum + f[2], 0);
    let failure = null;
    bar.max = wanted.length;
    bar.hidden = false;
    const progress = () => {
      bar.value = done;
      say("Menyimpan… " + done + " dari " + wanted.length + " berkas (" + size(bytes) +
          " dari " + size(total) + ")");
    };
    progress();
    const worker = async () => {
      while (queue.length && !failure) {
        const file = queue.shift();
        try {
          await keep(file);
          done += 1;
          bytes += file[2];
          progress();
        } catch (error) {
          failure = failure || error;
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    busy = false;
    bar.hidden = true;
    if (!failure) {
      retry = timer = 0;
      return show();
    }
    await show();
    button.disabled = false;
    if (failure.changed) {
      (await sw.ready).update();
      return say("Bahan di server baru saja diperbarui. Tunggu pemberitahuan versi baru, " +
                 "perbarui, lalu simpan lagi.");
    }
    if (failure.name === "QuotaExceededError") {
      return say("Ruang di HP ini tidak cukup. Kosongkan sebagian ruang, lalu coba lagi.");
    }
    // a dropped connection: what is kept stays kept; try again when the signal returns
    say("Koneksi terputus: " + done + " dari " + wanted.length + " berkas sudah tersimpan " +
        "dengan utuh. Penyimpanan dilanjutkan sendiri saat tersambung lagi, atau tekan " +
        "Lanjutkan menyimpan.");
    retry = Math.min(retry ? retry * 2 : 5, 60);
    timer = setTimeout(() => navigator.onLine && save(), retry * 1000);
  }

  async function clear() {
    if (busy || !confirm("Hapus salinan Swadaya dari HP ini?")) return;
    const shell = new Set([...list.inti, "simpan.json"].map((p) => scope + p));
    await Promise.all((await cache.keys()).filter((r) => !shell.has(r.url))
      .map((r) => cache.delete(r)));
    choices.forEach((c) => { c.checked = false; });
    await show();
    say("Salinan sudah dihapus.");
  }

  // The button works at once; a tap before the worker is ready waits for it.
  const ready = open().then(async () => {
    const choice = await saved();
    if (choice) choices.forEach((c) => { c.checked = choice.unduhan.includes(c.value); });
    remove.addEventListener("click", clear);
    choices.forEach((c) => c.addEventListener("change", () => busy || show()));
    addEventListener("online", () => { if (timer) save(); });
    await show();
    box.dataset.siap = "1"; // for tests and benchmarks: the control knows what is kept
  });
  button.disabled = false;
  button.addEventListener("click", () => {
    if (!list) say("Menyiapkan…");
    ready.then(save);
  });
})();
