import type { Renderer } from './renderer.js';

/**
 * Resolves once the GPU has finished the next frame sigma draws, without blocking the main thread:
 * a WebGL 2 fence, polled between tasks. WebGL work is asynchronous, so a frame can look cheap to
 * JavaScript while the GPU (or SwiftShader, in software) is seconds behind; this is the back-pressure
 * the layout uses not to pile frames up. Gives up after `timeoutMs`, e.g. when nothing is drawn.
 */
export function frameDrawn(renderer: Renderer, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(done, timeoutMs);
    function done(): void {
      window.clearTimeout(timer);
      renderer.off('afterRender', fence);
      resolve();
    }
    function fence(): void {
      const gl = renderer.getWebGLContext();
      const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
      if (!sync) return done();
      const poll = () => {
        if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
          gl.deleteSync(sync);
          done();
        } else window.setTimeout(poll, 16);
      };
      poll();
    }
    renderer.once('afterRender', fence);
  });
}
