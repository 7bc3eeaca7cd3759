package org.secondlook.store;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference Argon2 library ({@code libargon2.so.1}, Debian's {@code libargon2-1}) through JNA. Looked up once;
 * when the library or JNA's own native part cannot be loaded, {@link #available()} is false and
 * {@link Argon2id} uses the pure-Java implementation. The password and the result pass through native
 * memory that is zeroed before it is freed; the library wipes its own working memory.
 */
final class NativeArgon2 {
    private static final Logger LOG = LoggerFactory.getLogger(NativeArgon2.class);
    /** Set to {@code false} to always compute in Java (a test compares both). */
    static final String PROPERTY = "secondlook.argon2.native";
    private static final int ARGON2_OK = 0;

    private NativeArgon2() {
    }

    /**
     * The one function used, from {@code argon2.h}: Argon2id with version 1.3, raw output. Bound by JNA's direct
     * mapping (a JNI registration), which starts in a fraction of the time an interface proxy takes.
     */
    private static final class Direct {
        static native int argon2id_hash_raw(int tCost, int mCost, int parallelism, Pointer pwd, long pwdlen, byte[] salt,
                                            long saltlen, Pointer hash, long hashlen);
    }

    private static final class Holder {
        static final boolean LOADED = load();
    }

    private static boolean load() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        for (String name : new String[] {"libargon2.so.1", "argon2"}) {
            try {
                if (Native.SIZE_T_SIZE != Long.BYTES) {
                    return false;
                }
                Native.register(Direct.class, NativeLibrary.getInstance(name));
                LOG.debug("Argon2id runs in {}", name);
                return true;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                LOG.debug("No native Argon2 as {} ({})", name, e.getClass().getSimpleName());
            }
        }
        LOG.info("Argon2id runs in Java (libargon2 is not installed); logging in takes longer");
        return false;
    }

    static boolean available() {
        try {
            return Holder.LOADED;
        } catch (LinkageError e) { // JNA's own native part could not be loaded
            return false;
        }
    }

    static byte[] hash(byte[] password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length) {
        Memory pwd = new Memory(Math.max(1, password.length));
        Memory out = new Memory(length);
        try {
            pwd.write(0, password, 0, password.length);
            int rc = Direct.argon2id_hash_raw(iterations, memoryKiB, parallelism, pwd, password.length, salt,
                    salt.length, out, length);
            if (rc != ARGON2_OK) {
                throw new IllegalStateException("libargon2 refused the parameters (error " + rc + ")");
            }
            return out.getByteArray(0, length);
        } finally {
            pwd.clear();
            out.clear();
            pwd.close();
            out.close();
        }
    }
}
