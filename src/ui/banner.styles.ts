import {css} from 'lit';

/** The status and error banners of {@link renderBanner} (banner.ts). */
export const bannerStyles = css`
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_fav-space-sm) var(--_fav-space-md);
    padding: var(--_fav-space-sm) var(--_fav-space-md);
    border-radius: var(--_fav-radius);
    border-inline-start: 4px solid currentColor;
    background: var(--_fav-color-info-surface);
    color: var(--_fav-color-text);
  }
  .banner.danger {
    background: var(--_fav-color-danger-surface);
    border-color: var(--_fav-color-danger);
  }
  .banner.warning {
    background: var(--_fav-color-warning-surface);
    border-color: var(--_fav-color-warning);
  }
  .banner.success {
    background: var(--_fav-color-success-surface);
    border-color: var(--_fav-color-success);
  }
  .banner.info {
    border-color: var(--_fav-color-primary);
  }
  .banner-message {
    margin: 0;
    flex: 1 1 12rem;
  }
`;
