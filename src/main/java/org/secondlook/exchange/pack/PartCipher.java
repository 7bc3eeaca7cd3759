package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a package part to headquarters' X25519 public key: a fresh ephemeral X25519 key pair,
 * key agreement, HKDF-SHA256 (salt random, info naming the part) to an AES-256 key, then AES-GCM in
 * chunks of 64 KiB so a part of any size streams through a little memory. Each chunk's nonce is its
 * number and a final-chunk flag, so reordered, dropped or appended chunks fail authentication.
 *
 * <pre>
 * "SLPART1\n" | u16 length, ephemeral public key (X.509) | 32-byte salt |
 * chunks: u8 final(0/1) | u32 length | AES-GCM ciphertext with 16-byte tag
 * </pre>
 */
public final class PartCipher {
    static final byte[] MAGIC = KeyCodec.utf8("SLPART1\n");
    static final int CHUNK = 64 * 1024;
    private static final int TAG_BITS = 128;
    private static final int SALT = 32;
    private static final int MAX_KEY_BYTES = 256;

    private final SecureRandom random;

    public PartCipher(SecureRandom random) {
        this.random = random;
    }

    /** A stream that encrypts what is written to it into {@code out}; closing it writes the final chunk. */
    public OutputStream seal(OutputStream out, PublicKey recipient, String partName) throws IOException {
        try {
            KeyPair eph = KeyCodec.newAgreementPair();
            byte[] salt = new byte[SALT];
            random.nextBytes(salt);
            byte[] key = deriveKey(eph.getPrivate(), recipient, salt, partName);
            byte[] epk = eph.getPublic().getEncoded();
            DataOutputStream d = new DataOutputStream(out);
            d.write(MAGIC);
            d.writeShort(epk.length);
            d.write(epk);
            d.write(salt);
            return new SealingStream(d, key);
        } catch (GeneralSecurityException e) {
            throw new IOException("The headquarters key cannot be used for encryption: " + e.getMessage(), e);
        }
    }

    /**
     * A stream of the decrypted part.
     *
     * @throws IOException ({@link SealedPartException}) when the part was not sealed for this key or is damaged
     */
    public InputStream open(InputStream in, PrivateKey recipient, String partName) throws IOException {
        DataInputStream d = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            d.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new SealedPartException("part " + partName + " is not an encrypted Second Look part");
            }
            int len = d.readUnsignedShort();
            if (len > MAX_KEY_BYTES) {
                throw new SealedPartException("part " + partName + " has a damaged header");
            }
            byte[] epk = new byte[len];
            d.readFully(epk);
            byte[] salt = new byte[SALT];
            d.readFully(salt);
            PublicKey ephemeral = KeyCodec.decodePublic(java.util.Base64.getEncoder().encodeToString(epk),
                    KeyCodec.AGREEMENT);
            return new OpeningStream(d, deriveKey(recipient, ephemeral, salt, partName), partName);
        } catch (EOFException e) {
            throw new SealedPartException("part " + partName + " ends before its header does");
        } catch (GeneralSecurityException | PackageRejectedException e) {
            throw new SealedPartException("part " + partName + " cannot be decrypted with this headquarters key");
        }
    }

    private static byte[] deriveKey(PrivateKey own, PublicKey other, byte[] salt, String partName)
            throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance(KeyCodec.AGREEMENT);
        ka.init(own);
        ka.doPhase(other, true);
        byte[] shared = ka.generateSecret();
        try {
            return Hkdf.derive(shared, salt, KeyCodec.utf8("secondlook package part v1\u0000" + partName), 32);
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    private static byte[] nonce(long counter, boolean last) {
        return ByteBuffer.allocate(12).putLong(counter).putInt(last ? 1 : 0).array();
    }

    private static Cipher cipher(int mode, byte[] key, long counter, boolean last) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce(counter, last)));
        return c;
    }

    /** The part could not be decrypted; the message is the reason, in words. */
    public static final class SealedPartException extends IOException {
        private static final long serialVersionUID = 1L;

        SealedPartException(String message) {
            super(message);
        }
    }

    private static final class SealingStream extends FilterOutputStream {
        private final DataOutputStream d;
        private final byte[] key;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(CHUNK);
        private long counter;
        private boolean closed;

        SealingStream(DataOutputStream d, byte[] key) {
            super(d);
            this.d = d;
            this.key = key;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK - buf.size());
                buf.write(b, off, n);
                off += n;
                len -= n;
                if (buf.size() == CHUNK) {
                    emit(false);
                }
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                byte[] ct = cipher(Cipher.ENCRYPT_MODE, key, counter++, last).doFinal(buf.toByteArray());
                d.writeByte(last ? 1 : 0);
                d.writeInt(ct.length);
                d.write(ct);
                buf.reset();
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void flush() throws IOException {
            d.flush();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                emit(true);
                Arrays.fill(key, (byte) 0);
                d.close();
            }
        }
    }

    private static final class OpeningStream extends InputStream {
        private final DataInputStream d;
        private final byte[] key;
        private final String part;
        private byte[] plain = new byte[0];
        private int pos;
        private long counter;
        private boolean sawLast;

        OpeningStream(DataInputStream d, byte[] key, String part) {
            this.d = d;
            this.key = key;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == plain.length) {
                if (sawLast) {
                    return -1;
                }
                nextChunk();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void nextChunk() throws IOException {
            int flag;
            int len;
            byte[] ct;
            try {
                flag = d.readUnsignedByte();
                len = d.readInt();
                if ((flag != 0 && flag != 1) || len < 16 || len > CHUNK + 16) {
                    throw new SealedPartException("part " + part + " is damaged (a chunk header is wrong)");
                }
                ct = new byte[len];
                d.readFully(ct);
            } catch (EOFException e) {
                throw new SealedPartException("part " + part + " is truncated: its encrypted data ends early");
            }
            boolean last = flag == 1;
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, counter++, last).doFinal(ct);
                pos = 0;
            } catch (GeneralSecurityException e) {
                throw new SealedPartException("part " + part
                        + " cannot be decrypted with this headquarters key (encrypted for another key, or changed)");
            }
            if (last) {
                sawLast = true;
                if (d.read() != -1) {
                    throw new SealedPartException("part " + part + " has data after its final encrypted chunk");
                }
            }
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(key, (byte) 0);
            d.close();
        }
    }
}
