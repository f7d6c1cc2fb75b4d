// Records every layout shift on the page (and which nodes moved) for the test to read.
window.__layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__layoutShifts.push({
      value: entry.value,
      time: entry.startTime,
      hadRecentInput: entry.hadRecentInput,
      sources: entry.sources.map((source) => ({
        node: source.node ? source.node.nodeName + (source.node.id ? '#' + source.node.id : '') : '',
        from: source.previousRect.y,
        to: source.currentRect.y,
      })),
    });
  }
}).observe({type: 'layout-shift', buffered: true});
