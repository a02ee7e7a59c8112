/* Swadaya (MIT): the notice that a new version of the site is ready (its service worker is
   installed and waiting). Loaded by the registration script in every page only when that
   happens; the reader gets the new text after accepting. Source:
   tools/swadaya/outputs/webapp/js/baru.js. */
function swadayaBaru(worker) {
  "use strict";
  if (document.getElementById("sw-baru")) return;
  let accepted = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (accepted) location.reload();
  });
  const box = document.createElement("div");
  box.id = "sw-baru";
  box.setAttribute("role", "alert");
  box.style.cssText = "position:fixed;z-index:5;left:8px;right:8px;bottom:8px;" +
    "max-width:36rem;margin:auto;padding:.6rem .8rem;background:#1b5e20;color:#fff;" +
    "border-radius:4px;font-size:.8rem;line-height:1.6;box-shadow:0 2px 6px #0006";
  const button = "font:inherit;cursor:pointer;border:0;border-radius:3px;padding:.2em .8em;";
  box.innerHTML = "Versi baru bahan Swadaya sudah siap. " +
    `<button type="button" style="${button}font-weight:700;margin:0 .4em;background:#fff;` +
    `color:#1b5e20">Perbarui</button><button type="button" style="${button}` +
    `background:none;color:#fff;text-decoration:underline">Nanti</button>`;
  const [update, later] = box.getElementsByTagName("button");
  update.onclick = () => {
    accepted = true;
    update.disabled = true;
    worker.postMessage("perbarui");
  };
  later.onclick = () => box.remove();
  document.body.appendChild(box);
}
