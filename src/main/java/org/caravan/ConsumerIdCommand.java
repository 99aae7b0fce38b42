package org.caravan;

import java.util.Optional;

import org.caravan.common.Conflict;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.party.ConsumerIdRecord;
import org.caravan.party.ConsumerIds;
import org.caravan.party.IdentityDocument;
import org.caravan.party.Parties;
import org.caravan.party.Party;
import org.caravan.reference.CountryCode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./caravan consumer-id}: issue, revoke and reissue pseudonymous consumer ids at the
 * counter, acting as a registered officer or admin (--as), under the same rules as the API.
 */
@Command(name = "consumer-id", mixinStandardHelpOptions = true, description = "Issue, revoke and reissue pseudonymous "
        + "consumer ids (docs/consumer-ids.md), as an officer or admin party.",
        subcommands = {ConsumerIdCommand.Issue.class, ConsumerIdCommand.Revoke.class, ConsumerIdCommand.Reissue.class})
class ConsumerIdCommand {

    /** What every consumer id command takes: who acts. */
    abstract static class AsParty extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--as", required = true, paramLabel = "CLIENT_ID",
                description = "The client id of the OFFICER or ADMIN party acting, e.g. demo-officer-kz.")
        String as;

        Integer act(Action action) {
            try {
                ConsumerIdRecord r = quietly(context -> action.apply(context.getBean(ConsumerIds.class), caller(context)));
                System.out.println(r.consumerId() + " " + (r.revoked() ? "REVOKED" : "ACTIVE")
                        + r.replacedBy().map(by -> " replaced by " + by).orElse(""));
                return 0;
            } catch (Conflict | NotFound | AccessDeniedException | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }

        private Caller caller(ConfigurableApplicationContext context) {
            Party party = context.getBean(Parties.class).byClientId(as)
                    .orElseThrow(() -> new IllegalArgumentException("No party " + as));
            return new Caller(party.id(), party.clientId(), party.role(), party.administration());
        }

        @FunctionalInterface
        interface Action {
            ConsumerIdRecord apply(ConsumerIds ids, Caller caller);
        }
    }

    @Command(name = "issue", description = "Issue a person's id after checking their identity. The document number is "
            + "read from standard input (or typed unseen), never from the command line, and only its keyed digest is kept.")
    static class Issue extends AsParty {

        @Option(names = "--country", required = true, paramLabel = "CC", description = "The issuing country, e.g. KZ.")
        String country;

        @Option(names = "--passport-country", paramLabel = "CC",
                description = "The document is a passport of this country; without it, a national identity number.")
        String passportCountry;

        @Option(names = "--replacing", paramLabel = "REASON",
                description = "If the person holds an id already, reissue it for this reason instead of refusing.")
        String replacing;

        @Override
        public Integer call() throws Exception {
            if (!CountryCode.isValid(country) || (passportCountry != null && !CountryCode.isValid(passportCountry))) {
                throw new CommandLine.ParameterException(new CommandLine(this), "countries are ISO 3166-1 alpha-2 codes");
            }
            String number = readNumber();
            if (number == null || !number.matches("[A-Za-z0-9][A-Za-z0-9 -]{2,38}[A-Za-z0-9]")) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "the document number (on standard input) must be 4 to 40 letters, digits, spaces or dashes");
            }
            IdentityDocument document = passportCountry == null
                    ? new IdentityDocument(IdentityDocument.Kind.NATIONAL_ID, number, CountryCode.of(country))
                    : new IdentityDocument(IdentityDocument.Kind.PASSPORT, number, CountryCode.of(passportCountry));
            return act((ids, caller) -> ids.issue(caller, CountryCode.of(country), document,
                    Optional.ofNullable(replacing)));
        }

        private static String readNumber() throws java.io.IOException {
            if (System.console() != null) {
                char[] typed = System.console().readPassword("Document number: ");
                return typed == null ? null : new String(typed).trim();
            }
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.trim();
        }
    }

    @Command(name = "revoke", description = "Revoke an id, after a leak or at the person's request.")
    static class Revoke extends AsParty {

        @Parameters(paramLabel = "ID", description = "The consumer id.")
        String id;

        @Option(names = "--reason", required = true, description = "Why, for the record.")
        String reason;

        @Override
        public Integer call() throws Exception {
            return act((ids, caller) -> ids.revoke(caller, id, reason.trim()));
        }
    }

    @Command(name = "reissue", description = "Give the person of an id a new one, the old one revoked; quotas continue.")
    static class Reissue extends AsParty {

        @Parameters(paramLabel = "ID", description = "The person's current consumer id.")
        String id;

        @Option(names = "--reason", required = true, description = "Why, for the record.")
        String reason;

        @Override
        public Integer call() throws Exception {
            return act((ids, caller) -> ids.reissue(caller, id, reason.trim()));
        }
    }
}
