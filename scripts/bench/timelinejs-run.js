// Loads the same events as Liaison into TimelineJS3 and marks when its timeline has drawn (time
// markers in the DOM) and that frame has painted, with the probe the benchmark installs in every
// page it measures (__painted, pageHelpers.ts). Same-origin files only; TimelineJS's web fonts
// are turned off.
(async () => {
  const size = new URLSearchParams(location.search).get("size") || "1x";
  const res = await fetch(`./tl-events-${size}.json`);
  const data = await res.json();
  const seen = () => document.querySelectorAll(".tl-timemarker").length > 0 && document.querySelector(".tl-slide");
  const observer = new MutationObserver(() => {
    if (seen()) {
      observer.disconnect();
      globalThis.__painted().then((painted) => performance.mark("tljs:drawn", { startTime: painted }));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  // eslint-disable-next-line no-undef
  window.timeline = new TL.Timeline("timeline-embed", data, {
    font: null,
    hash_bookmark: false,
    language: "en",
    script_path: "./tljs/js/",
  });
})();
