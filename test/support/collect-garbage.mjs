/**
 * web-test-runner plugin: the `collect-garbage` command runs a full, precise garbage collection in
 * the test page's browser (DevTools protocol, HeapProfiler.collectGarbage). The page's own `gc()`
 * (--expose-gc) runs from script, where the C++ DOM heap is scanned conservatively through the
 * stack, so a just-removed element may survive it for a while although nothing refers to it.
 */
export function collectGarbagePlugin() {
  return {
    name: 'fav-collect-garbage',
    async executeCommand({command, session}) {
      if (command !== 'collect-garbage') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
