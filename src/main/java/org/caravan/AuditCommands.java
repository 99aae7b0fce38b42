package org.caravan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.caravan.common.audit.AuditChain;
import org.caravan.common.audit.AuditWitnesses;
import org.caravan.common.audit.ChainCheck;
import org.caravan.common.audit.SignedHead;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail's commands (docs/audit.md): verify the chain, export its signed head for a witness. */
@Command(name = "audit", description = "The tamper-evident audit trail: verify its hash chain, export its signed head.",
        subcommands = {AuditCommands.Verify.class, AuditCommands.Head.class})
class AuditCommands {

    @Command(name = "verify", description = "Walk the chain in seq order and report the first entry modified, inserted or "
            + "deleted in the database, a rewritten head, or a witnessed head the chain lost: exit 0 when intact, 1 when broken.")
    static class Verify extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--from", defaultValue = "1", paramLabel = "SEQ", description = "Start at this entry, trusting the "
                + "one before it (default: ${DEFAULT-VALUE}, the whole chain).")
        long from;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (from < 1) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--from must be 1 or more");
            }
            ChainCheck check = quietly(context -> context.getBean(AuditChain.class).verify(from));
            if (json) {
                CaravanCommandLine.printJson(System.out, asJson(check));
            } else if (check.intact()) {
                System.out.printf("intact: %d entries checked from seq %d to the head at seq %d, %d witnessed head(s)%n",
                        check.checked(), check.from(), check.head().seq(), check.witnesses());
            } else {
                ChainCheck.Break b = check.firstBreak().get();
                System.out.printf("BROKEN at seq %d (%s): %s%n", b.seq(), b.kind(), b.message());
            }
            return check.intact() ? 0 : 1;
        }

        static Map<String, Object> asJson(ChainCheck check) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("intact", check.intact());
            json.put("from", check.from());
            json.put("checked", check.checked());
            json.put("headSeq", check.head().seq());
            json.put("headHash", check.head().hash());
            json.put("witnesses", check.witnesses());
            check.firstBreak().ifPresent(b -> json.put("firstBreak", Map.of("seq", b.seq(), "kind", b.kind().name(),
                    "message", b.message())));
            return json;
        }
    }

    @Command(name = "head", description = "Print the chain head {seq, hash, at} signed with the installation's key "
            + "(a compact JWS), for another administration to countersign.")
    static class Head extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--export", paramLabel = "FILE", description = "Also write the signed head as JSON to FILE.")
        Path export;

        @Override
        public Integer call() throws Exception {
            SignedHead head = quietly(context -> context.getBean(AuditWitnesses.class).signedHead());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("seq", head.seq());
            json.put("hash", head.hash());
            json.put("at", head.at().toString());
            json.put("jws", head.jws());
            json.put("key", head.key());
            CaravanCommandLine.printJson(System.out, json);
            if (export != null) {
                Files.writeString(export, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(json) + "\n");
                System.err.println("Signed head " + head.seq() + " written to " + export);
            }
            return 0;
        }
    }
}
