import {css} from 'lit';

/** The loading placeholders of {@link renderSkeleton} (skeleton.ts). */
export const skeletonStyles = css`
  .skeleton-group {
    display: grid;
    gap: var(--_fav-space-md);
  }
  .skeleton {
    border-radius: var(--_fav-radius);
    background: linear-gradient(90deg, var(--_fav-color-surface-alt) 0%, var(--_fav-color-surface) 50%, var(--_fav-color-surface-alt) 100%);
    background-size: 200% 100%;
    animation: fav-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton.heading {
    width: 40%;
    height: 1.75rem;
  }
  .skeleton.line {
    width: 80%;
    height: 1rem;
  }
  .skeleton.input {
    height: calc(var(--_fav-control-height) + 1.5rem);
  }
  .skeleton.button {
    width: 8rem;
    height: var(--_fav-control-height);
  }
  .skeleton.card {
    height: 8rem;
    border-radius: var(--_fav-radius-lg);
  }
  @keyframes fav-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
