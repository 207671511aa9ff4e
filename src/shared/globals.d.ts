// The few globals the shared domain code uses that both of its runtimes, browsers and Node 20,
// provide alike. Only this folder's own check sees these declarations: the browser and server
// checks use the DOM's and Node's full ones, so nothing else here can reach for either runtime.
declare const console: { error(...data: unknown[]): void; warn(...data: unknown[]): void };
declare function btoa(data: string): string;
