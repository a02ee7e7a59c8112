(function(){var s=navigator.serviceWorker,u=window.__md_scope;if(!s||!u)return;
function n(w){var e=document.createElement("script");e.src=new URL("assets/baru.js",u);e.onload=function(){swadayaBaru(w)};document.head.appendChild(e)}
addEventListener("load",function(){s.register(new URL("sw.js",u)).then(function(r){if(r.waiting&&s.controller)n(r.waiting);r.onupdatefound=function(){var w=r.installing;w&&(w.onstatechange=function(){w.state=="installed"&&s.controller&&n(w)})}})})})();
