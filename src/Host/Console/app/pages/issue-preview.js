import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';

// The HTML render is an A4 page: 210 mm at 96 dpi.
const PAGE_WIDTH = 794;

/**
 * 预览: the API's HTML render of the issue, exactly as it prints, in a frame scaled to the column.
 * `stamp` changes after every change of the issue, so the frame loads the render again.
 */
export function Preview({ src, stamp, title }) {
  const box = useRef(null);
  const frame = useRef(null);
  const [scale, setScale] = useState(0.5);
  const [height, setHeight] = useState(1123);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    if (!box.current) return undefined;
    const observer = new ResizeObserver(([entry]) => setScale(Math.min(1, entry.contentRect.width / PAGE_WIDTH)));
    observer.observe(box.current);
    return () => observer.disconnect();
  }, []);

  useEffect(() => setLoading(true), [stamp]);

  // Same origin, scripts off (sandbox): the page reads the render's height to show all of it.
  const loaded = () => {
    setLoading(false);
    const page = frame.current?.contentDocument?.documentElement;
    if (page) setHeight(page.scrollHeight);
  };

  const url = `${src}${src.includes('?') ? '&' : '?'}v=${encodeURIComponent(stamp)}`;
  return html`
    <section class="card preview" aria-labelledby="h-preview">
      <h2 id="h-preview">预览</h2>
      <p class="hint" aria-live="polite">${loading ? '正在刷新预览…' : '与打印稿一致；每次修改后自动刷新。'} <a href=${url} target="_blank" rel="noopener">在新窗口打开</a></p>
      <div class="preview-scroll">
        <div class="preview-box" ref=${box} style=${{ height: `${Math.ceil(height * scale)}px` }}>
          <iframe ref=${frame} src=${url} title=${title} sandbox="allow-same-origin" onLoad=${loaded}
            style=${{ width: `${PAGE_WIDTH}px`, height: `${height}px`, transform: `scale(${scale})` }}></iframe>
        </div>
      </div>
    </section>`;
}
