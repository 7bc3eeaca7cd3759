package org.secondlook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** {@code status} and {@code analyze} run without C2 (decision records 0013 and 0003); every other command keeps the JIT's defaults. */
class ShortCommandTest {

    @Test
    void findsTheCommandAfterTheGlobalOptionsAndTheirValues() {
        assertThat(ShortCommand.name(new String[] {"--data-dir", "status", "--user", "ann", "--password-file", "p", "status"}))
                .as("a data directory named status").isEqualTo("status");
        assertThat(ShortCommand.name(new String[] {"--data-dir", "d", "import", "status.csv"})).isEqualTo("import");
        assertThat(ShortCommand.name(new String[] {"--data-dir=d", "--user=ann", "show", "A1"})).isEqualTo("show");
        assertThat(ShortCommand.name(new String[] {"--help"})).isNull();
        assertThat(ShortCommand.name(new String[0])).isNull();
    }

    @Test
    void statusAsksTheJvmToLeaveC2OutAndOtherCommandsDoNot() throws Exception {
        int before = directives();
        ShortCommand.tuneCompiler(new String[] {"--data-dir", "d", "import", "status.csv"});
        assertThat(directives()).as("after import").isEqualTo(before);
        ShortCommand.tuneCompiler(new String[] {"--data-dir", "d", "status"});
        try {
            assertThat(directives()).as("after status").isEqualTo(before + 1);
            ShortCommand.tuneCompiler(new String[] {"analyze", "--input", "a.jsonl", "--output", "b.jsonl"});
            assertThat(directives()).as("after analyze").isEqualTo(before + 2);
            dcmd("compilerDirectivesRemove");
            assertThat(dcmd("compilerDirectivesPrint")).contains("c2").contains("Exclude:true");
        } finally {
            dcmd("compilerDirectivesRemove"); // the test JVM goes on with its defaults
        }
        assertThat(directives()).isEqualTo(before);
    }

    @Test
    void theWindowAndHelpNameNoCommandAndKeepTheJitsDefaults() throws Exception {
        int before = directives();
        ShortCommand.tuneCompiler(new String[0]); // java -jar secondlook.jar: the desktop app
        ShortCommand.tuneCompiler(new String[] {"--help"});
        ShortCommand.tuneCompiler(new String[] {"--data-dir", "d"});
        assertThat(directives()).isEqualTo(before);
    }

    /** How many directives the JVM holds (its default one included). */
    private static int directives() throws Exception {
        return dcmd("compilerDirectivesPrint").split("Directive:", -1).length - 1;
    }

    private static String dcmd(String operation) throws Exception {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation, new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return String.valueOf(out);
    }
}
