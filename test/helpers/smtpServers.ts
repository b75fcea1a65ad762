// Real SMTP servers on 127.0.0.1 for `crier send` tests (smtp-server: AUTH, STARTTLS, implicit TLS),
// a self-signed certificate made for 127.0.0.1, and a server that accepts and never says a word.
import { writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import selfsigned from 'selfsigned';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';
import { tempDir } from './paths.js';

export interface Received {
  raw: Buffer;
  mailFrom: string;
  rcptTo: string[];
  /** TLS was on when the message came (STARTTLS or implicit). */
  secure: boolean;
  user: string | undefined;
}

export interface TestServer {
  port: number;
  received: Received[];
  /** Connections opened, even ones that never sent a message. */
  connections: number;
  close(): Promise<void>;
}

export interface Certificate {
  key: string;
  cert: string;
  /** The certificate as a file, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
}

export async function makeCertificate(): Promise<Certificate> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const caFile = path.join(tempDir('crier-ca-'), 'ca.pem');
  writeFileSync(caFile, pems.cert);
  return { key: pems.private, cert: pems.cert, caFile };
}

export interface ServerSetup {
  /** TLS from the first byte (smtps). */
  secure?: boolean;
  /** A certificate turns on STARTTLS (or is the implicit-TLS certificate). */
  certificate?: Certificate;
  /** Accept only this login; without it no AUTH is offered. */
  login?: { user: string; password: string };
  /** Recipients refused with 550. */
  rejectRecipients?: string[];
}

export function startSmtpServer(setup: ServerSetup): Promise<TestServer> {
  const received: Received[] = [];
  let connections = 0;
  const options: SMTPServerOptions = {
    logger: false,
    secure: Boolean(setup.secure),
    authOptional: !setup.login,
    disabledCommands: [...(setup.certificate ? [] : ['STARTTLS']), ...(setup.login ? [] : ['AUTH'])],
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (setup.login && auth.username === setup.login.user && auth.password === setup.login.password) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (setup.rejectRecipients?.includes(address.address)) callback(Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({
          raw: Buffer.concat(chunks),
          mailFrom: mailFrom ? mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          secure: session.secure,
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        callback();
      });
    },
  };
  if (setup.certificate) Object.assign(options, { key: setup.certificate.key, cert: setup.certificate.cert });
  const server = new SMTPServer(options);
  // A client that gives up mid-handshake (the TLS-failure tests) is not a test failure.
  server.on('error', () => {});
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.server.address() as AddressInfo).port;
      resolve({
        port,
        received,
        get connections() {
          return connections;
        },
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** Accepts connections and never answers: the client must give up on its own. */
export function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** A port on 127.0.0.1 where nothing listens (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
