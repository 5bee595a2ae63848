export declare const CSP: string;
export declare const MOCK_BUILD: string;
export declare function serve(root: string): Promise<{ url: string; close: () => Promise<void> }>;
