export declare const SAMPLE_ATTRIBUTES: Record<string, string>;
export declare const FIRST_CONTENT: Record<string, string>;
