import {css} from 'lit';

/** The tab list of {@link renderTabs} (ui/tabs.ts) and its panel. */
export const tabStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fav-space-xs);
    border-bottom: 1px solid var(--_fav-color-border);
  }
  .tab {
    min-height: var(--_fav-control-height);
    padding: 0 var(--_fav-space-md);
    margin-bottom: -1px;
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_fav-color-text-muted);
    font: inherit;
    font-weight: var(--_fav-font-weight-strong);
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_fav-color-primary);
    color: var(--_fav-color-text);
  }
  .panel {
    display: grid;
    gap: var(--_fav-space-md);
    min-width: 0;
  }
`;
