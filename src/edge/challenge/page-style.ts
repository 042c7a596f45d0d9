// The inline stylesheet shared by the challenge and refusal pages: readable at phone width, dark-mode aware.
export const PAGE_STYLE = [
  'body{margin:0;padding:2rem 1rem;font:17px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#f7f7f5}',
  'main{max-width:34rem;margin:0 auto}',
  'h1{font-size:1.4rem;line-height:1.3;margin:0 0 1rem}',
  'progress{display:block;width:100%;height:.6rem;margin:1.5rem 0 .5rem}',
  '[hidden]{display:none}',
  'a{color:#0b57d0}',
  '@media (prefers-color-scheme:dark){body{color:#ececec;background:#161616}a{color:#8ab4f8}}',
].join('');
