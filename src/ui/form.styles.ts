import {css} from 'lit';

/** Forms: the field stack, the intro line and the row of actions. */
export const formStyles = css`
  .form {
    display: grid;
    gap: var(--_fav-space-md);
    /* A readable line of fields in a wide widget. */
    max-width: 40rem;
  }
  .intro {
    margin: 0;
    color: var(--_fav-color-text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_fav-space-sm) var(--_fav-space-md);
  }
`;
