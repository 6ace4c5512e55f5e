// Logs in to a running Schakel (the demo) as a user with a second factor,
// enrolling the authenticator on the way, and prints the session cookie
// as a header for Lighthouse's --extra-headers, then the URL of the first
// case the user sees.
//
//   node scripts/lighthouse-login.mjs http://127.0.0.1:8080 af-dordrecht@schakel.demo PASSWORD
import { createHmac } from "node:crypto";

const [base, email, password] = process.argv.slice(2);
if (!password) {
  console.error("usage: lighthouse-login.mjs BASE_URL EMAIL PASSWORD");
  process.exit(2);
}
let cookie = "";

async function req(path, form) {
  const init = { redirect: "manual", headers: { Cookie: cookie } };
  if (form) {
    init.method = "POST";
    init.body = new URLSearchParams(form);
    init.headers["Content-Type"] = "application/x-www-form-urlencoded";
    init.headers["Origin"] = base;
  }
  const res = await fetch(base + path, init);
  const set = res.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => c.startsWith("schakel_session="));
  if (set.length) cookie = set[set.length - 1];
  return res;
}

// RFC 6238 with the defaults authenticator apps use: SHA-1, 6 digits, 30 s.
function totp(secret) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of secret.replace(/[\s=]/g, "").toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const h = createHmac("sha1", key).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, "0");
}

let res = await req("/inloggen", { email, password, terug: "" });
const next = res.headers.get("location");
if (next === "/inloggen/instellen") {
  const page = await (await req(next)).text();
  const secret = page.match(/<code>([A-Z2-7 ]+)<\/code>/)[1];
  res = await req(next, { code: totp(secret) });
  if (res.status !== 200) throw new Error(`enrol: ${res.status}`);
} else if (next !== "/") {
  throw new Error(`login: ${res.status} ${next}`);
}
const cases = await (await req("/casussen")).text();
const kase = cases.match(/href="(\/casussen\/[0-9a-zA-Z-]+)"/);
console.log(JSON.stringify({ Cookie: cookie }));
console.log(kase ? kase[1] : "");
