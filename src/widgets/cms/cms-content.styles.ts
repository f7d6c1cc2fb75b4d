import {css} from 'lit';

/**
 * Styles of the rendered content (`::part(content)`): they arrive with the renderer, which the
 * element adopts when it first shows content. Code takes `--fav-font-family-code`, rules the
 * border colour: nothing keeps the browser's own colours or fonts.
 */
export const renderedContentStyles = css`
  .content > * {
    margin: 0;
  }
  .content :where(p, ul, ol, blockquote, figure, pre, h2, h3, h4, h5, h6) {
    margin-block: 0 var(--_fav-space-sm);
  }
  .content :where(img) {
    max-width: 100%;
    height: auto;
  }
  .content a {
    color: var(--fav-cms-link-color, var(--_fav-color-primary));
  }
  .content :where(pre, code, kbd, samp) {
    font-family: var(--_fav-font-family-code);
  }
  .content hr {
    border: 0;
    border-top: 1px solid var(--_fav-color-border);
    color: inherit; /* not the browser's grey: the default theme mixes the border from it */
  }
  .content pre {
    overflow-x: auto;
    padding: var(--_fav-space-sm);
    border-radius: var(--_fav-radius);
    background: var(--_fav-color-surface-alt);
  }
  .cms-figure {
    margin: 0;
  }
  .cms-figure figcaption,
  .cms-quote figcaption {
    color: var(--_fav-color-text-muted);
    font-size: var(--_fav-font-size-sm);
  }
  .cms-quote blockquote {
    margin: 0;
    padding-inline-start: var(--_fav-space-md);
    border-inline-start: 3px solid var(--_fav-color-border);
  }
  .cms-columns {
    display: grid;
    gap: var(--_cms-gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .cms-gallery {
    display: grid;
    gap: var(--_fav-space-sm);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
  }
  .cms-callout {
    padding: var(--_fav-space-md);
    border-radius: var(--_fav-radius);
    border-inline-start: 4px solid var(--_fav-color-primary);
    background: var(--_fav-color-surface-alt);
  }
  .cms-callout-title {
    font-weight: var(--_fav-font-weight-strong);
  }
  .cms-details summary {
    cursor: pointer;
    font-weight: var(--_fav-font-weight-strong);
  }
  .cms-cta .button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
`;
