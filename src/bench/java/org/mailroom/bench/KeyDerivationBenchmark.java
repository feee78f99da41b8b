package org.mailroom.bench;

import java.util.concurrent.TimeUnit;
import org.mailroom.secrets.SecretCipher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One PBKDF2-HMAC-SHA256 key derivation at the vault's iteration count: what unlocking the saved passwords, setting
 * them up or changing the master passphrase waits for (and an export with secrets, once per file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KeyDerivationBenchmark {

    private final char[] passphrase = "correct horse battery".toCharArray();
    private final byte[] salt = new byte[16];

    @Benchmark
    public byte[] deriveKey() {
        return SecretCipher.deriveKey(passphrase, salt, SecretCipher.ITERATIONS);
    }
}
