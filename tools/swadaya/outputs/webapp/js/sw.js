/* Swadaya's service worker (MIT): our own, small and versioned; no Workbox.
   Written by `swadaya build` for a hosted copy of the site (tools/swadaya/outputs/webapp/);
   the build fills in the version, a hash of the site's content. The list of files, their
   hashes and the shell (what every page needs) are in simpan.json, fetched on install.

   - One cache per version. A new version is installed beside the old one (unchanged files
     are copied over, changed ones fetched again), waits until the reader accepts it, then
     the old cache is removed. Until then the reader keeps a whole, consistent old copy.
   - Every file is checked against the SHA-256 the build listed in simpan.json before it is
     kept, so the cache never mixes two versions.
   - Only this site's own address is handled: requests to any other host are left to the
     browser (the site makes none), and nothing from another host is kept. */
"use strict";

const VERSION = "__VERSION__";
const SCOPE = new URL("./", self.location).href;
// The scope is in the name: two copies of Swadaya on one host keep apart.
const PREFIX = "swadaya " + SCOPE + " ";
const CACHE = PREFIX + VERSION;
const LIST = SCOPE + "simpan.json";
const CHOICE = SCOPE + "simpan/pilihan"; // what the reader chose to keep (never on the server)
const OFFLINE = SCOPE + "luring.html";
const DOWNLOADS = /\.(pdf|epub|zim)$/i; // kept only when the reader chooses them

let listed = null; // url → hash of this version's files

function hashes(list) {
  const map = new Map();
  for (const group of [list.situs, ...list.unduhan]) {
    for (const [path, , , hash] of group.berkas) map.set(SCOPE + path, hash);
  }
  return map;
}

async function digest(buffer) {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(bytes.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}

function stored(body, response) {
  // the body is already decoded: keep the type, never the transfer headers
  const type = response.headers.get("Content-Type");
  return new Response(body, {headers: type ? {"Content-Type": type} : {}});
}

async function keep(cache, url, hash) {
  const response = await fetch(url, {cache: "no-cache"});
  if (!response.ok) throw new Error(url + ": " + response.status);
  const body = await response.arrayBuffer();
  if ((await digest(body)) !== hash) throw new Error(url + ": not the listed version");
  await cache.put(url, stored(body, response));
}

async function install() {
  const list = await (await fetch(LIST, {cache: "no-cache"})).json();
  if (list.versi !== VERSION) throw new Error("the site is being published; try later");
  const wanted = hashes(list);
  const cache = await caches.open(CACHE); // may hold files of an earlier, broken-off try
  const fetchAgain = new Set(list.inti.map((path) => SCOPE + path)); // the shell
  let choice = null;
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    const oldList = await old.match(LIST);
    if (!oldList) continue;
    const before = hashes(await oldList.json());
    const oldChoice = await old.match(CHOICE);
    if (oldChoice) choice = await oldChoice.json();
    for (const request of await old.keys()) {
      const url = request.url;
      if (!wanted.has(url) || (await cache.match(url))) continue;
      if (before.get(url) === wanted.get(url)) await cache.put(url, await old.match(request));
      else fetchAgain.add(url); // the reader had it: get the new text
    }
  }
  if (choice) {
    // what the reader saved stays saved: new files of the chosen groups come too
    for (const group of [list.situs, ...list.unduhan]) {
      if (group === list.situs ? choice.situs : choice.unduhan.includes(group.kunci)) {
        for (const [path] of group.berkas) fetchAgain.add(SCOPE + path);
      }
    }
    await cache.put(CHOICE, new Response(JSON.stringify(choice)));
  }
  const queue = [...fetchAgain].filter((url) => wanted.has(url));
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      if (!(await cache.match(url))) await keep(cache, url, wanted.get(url));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  // last: a cache with its list is a whole version
  await cache.put(LIST, new Response(JSON.stringify(list),
                                     {headers: {"Content-Type": "application/json"}}));
}

self.addEventListener("install", (event) => event.waitUntil(install()));

self.addEventListener("activate", (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
  }
  await self.clients.claim();
})()));

self.addEventListener("message", (event) => {
  if (event.data === "perbarui") self.skipWaiting(); // the reader accepted the new version
  else if (event.data === "cache" && event.ports[0]) event.ports[0].postMessage(CACHE);
});

async function keepRead(key, response) {
  // a page read online is kept, if it is the version this cache holds
  if (!listed) {
    const list = await (await caches.open(CACHE)).match(LIST);
    listed = list ? hashes(await list.json()) : new Map();
  }
  const hash = listed.get(key);
  if (!hash) return;
  const body = await response.arrayBuffer();
  if ((await digest(body)) === hash) {
    await (await caches.open(CACHE)).put(key, stored(body, response));
  } else {
    self.registration.update(); // the server has a newer version
  }
}

async function answer(event, key) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(key);
  if (kept) return kept;
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === "basic" && !DOWNLOADS.test(key)
        && !event.request.headers.has("Range")) {
      event.waitUntil(keepRead(key, response.clone()));
    }
    return response;
  } catch (error) {
    if (event.request.mode === "navigate") {
      const page = await cache.match(OFFLINE);
      if (page) return page;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  const url = new URL(event.request.url);
  if (!url.href.startsWith(SCOPE)) return; // another host or path: not ours
  let key = url.origin + url.pathname; // ?h=… (search marks) and #… do not matter
  if (key.endsWith("/")) key += "index.html";
  event.respondWith(answer(event, key));
});
