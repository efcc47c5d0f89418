const fs = require('fs');
const twilio = require('twilio');
// Run from this folder: npm install twilio@6.2.0 in a scratch folder, then NODE_PATH=<scratch>/node_modules node make-signature-vectors.js
const dir = __dirname + '/';
function params(body) {
  const p = {};
  for (const [k, v] of new URLSearchParams(body)) {
    if (k in p) { p[k] = [].concat(p[k], v); } else { p[k] = v; }
  }
  return p;
}
const token = 'f3b1c9d2e8a74b6c9d0e1f2a3b4c5d6e';
const url = 'https://heelbot.example.dk/api/sms';
const vectors = [];
function add(description, authToken, u, body) {
  const signature = twilio.getExpectedTwilioSignature(authToken, u, params(body));
  if (!twilio.validateRequest(authToken, signature, u, params(body))) throw new Error('self-check failed');
  vectors.push({ description, authToken, url: u, body, signature });
}
for (const f of ['inbound-text.txt', 'inbound-media.txt', 'inbound-stop.txt', 'inbound-special-characters.txt']) {
  add(`recorded payload ${f}`, token, url, fs.readFileSync(dir + f, 'utf8'));
}
add('Twilio documentation example (query string in the URL)', '12345', 'https://mycompany.com/myapp.php?foo=1&bar=2',
  'CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212');
add('repeated parameter names contribute each distinct value, sorted', token, url,
  'MessageSid=SM1&From=%2B4561234567&To=%2B4570203040&Body=hej&Tag=b&Tag=a&Tag=b');
add('URL with an explicit non-default port and a query string', token, 'https://heelbot.example.dk:8443/api/sms?clinic=aarhus&x=%C3%A6',
  'MessageSid=SM2&From=%2B4561234567&To=%2B4570203040&Body=2');
add('empty values still count as name with nothing after it', token, url,
  'MessageSid=SM3&From=%2B4561234567&To=%2B4570203040&Body=&NumMedia=0');
fs.writeFileSync(dir + 'signature-vectors.json', JSON.stringify({
  generator: `twilio npm ${require('twilio/package.json').version}: getExpectedTwilioSignature(authToken, url, params) with params parsed by URLSearchParams (repeated names as arrays)`,
  vectors }, null, 2) + '\n');
// Port variants: a signature made over the URL with :443 must validate against the URL without it, and back.
const withPort = twilio.getExpectedTwilioSignature(token, 'https://heelbot.example.dk:443/api/sms', params('MessageSid=SM4&From=%2B4561234567&To=%2B4570203040&Body=ja'));
console.log('port check', twilio.validateRequest(token, withPort, url, params('MessageSid=SM4&From=%2B4561234567&To=%2B4570203040&Body=ja')));
console.log(vectors.map(v => v.signature));
