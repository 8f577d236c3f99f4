// The load generator in its own process (so it does not share an event loop with a server):
// `node bench/load.mjs <url> <connections> <seconds> [cookie]` prints autocannon's summary as JSON.
import autocannon from 'autocannon';

const [url, connections, seconds, cookie] = process.argv.slice(2);
const headers = cookie ? { cookie } : {};
const warm = await autocannon({ url, connections: 10, duration: 2, headers }); // warm-up
const r = await autocannon({ url, connections: Number(connections), duration: Number(seconds), headers });
process.stdout.write(JSON.stringify({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, warmupTotal: warm.requests.total, non2xx: r.non2xx, errors: r.errors }));
