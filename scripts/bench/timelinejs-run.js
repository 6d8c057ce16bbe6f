// Loads the same events as Liaison into TimelineJS3 and marks when its timeline has drawn (time
// markers in the DOM) and that frame has painted: the probe Liaison's first draw is timed with
// (pageHelpers.ts). Same-origin files only; TimelineJS's web fonts are turned off.
(async () => {
  const size = new URLSearchParams(location.search).get("size") || "1x";
  const res = await fetch(`./tl-events-${size}.json`);
  const data = await res.json();
  const seen = () => document.querySelectorAll(".tl-timemarker").length > 0 && document.querySelector(".tl-slide");
  const observer = new MutationObserver(() => {
    if (seen()) {
      observer.disconnect();
      // A message posted from an animation-frame callback runs after that frame has painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark("tljs:drawn");
          document.body.dataset.drawn = "true";
        };
        channel.port2.postMessage(0);
      });
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
