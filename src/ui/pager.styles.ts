import {css} from 'lit';

/** The pager of {@link renderPager} (pager.ts). */
export const pagerStyles = css`
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_fav-space-sm) var(--_fav-space-md);
    margin-top: var(--_fav-space-md);
  }
  .pager-status {
    color: var(--_fav-color-text-muted);
  }
`;
