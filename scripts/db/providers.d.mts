export declare const root: string;
export declare const PROVIDERS: readonly ['sqlite', 'postgresql'];
export declare function schemaPath(provider: 'sqlite' | 'postgresql'): string;
export declare function migrationsDir(provider: 'sqlite' | 'postgresql'): string;
export declare function providerOf(url: string): 'sqlite' | 'postgresql' | null;
export declare function composeSchema(provider: 'sqlite' | 'postgresql'): string;
