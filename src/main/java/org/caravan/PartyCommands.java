package org.caravan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.party.IssuedCredential;
import org.caravan.party.Parties;
import org.caravan.party.TokenSigningKeys;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Onboarding from the command line, as POST /api/v1/parties and its neighbours do it (docs/identity.md). */
@Command(name = "party", description = "The party registry: register parties, issue and revoke their client secrets, "
        + "suspend them, rotate the token issuer's signing key; and sign a filing's body as a party does.",
        subcommands = {PartyCommands.Register.class, PartyCommands.ListParties.class, PartyCommands.IssueCredential.class,
                PartyCommands.RevokeCredential.class, PartyCommands.Suspend.class, PartyCommands.RotateKeys.class,
                SigningCommand.Sign.class})
class PartyCommands {

    /** Who the audit trail names for a change made at the command line: the operating system's user. */
    static final String OPERATOR = "command-line:" + System.getProperty("user.name", "unknown");

    /** Runs against the store; a refusal prints what was wrong and exits 1, as the API answers 4xx. */
    abstract static class RegistryCommand extends CaravanCommandLine.QuietStorageCommand {

        int refusable(Function<ConfigurableApplicationContext, String> work) {
            try {
                System.out.println(quietly(work));
                return 0;
            } catch (InvalidInput e) {
                e.violations().forEach(v -> System.err.println(
                        v.pointer().replaceFirst("^/", "--").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + " "
                                + v.message()));
                return 1;
            } catch (Conflict | NotFound e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }

        UUID id(String value, String name) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), name + " must be an id as `party list` prints it");
            }
        }
    }

    @Command(name = "register", description = "Register a party (no secret yet: issue-credential gives one). An OFFICER "
            + "is one named person, not a shared client of an administration.")
    static class Register extends RegistryCommand {

        @Option(names = "--client-id", required = true, description = "3 to 100 letters, digits, '.', '_' or '-'.")
        String clientId;

        @Option(names = "--name", required = true, description = "The organisation's name, or an officer's own name.")
        String name;

        @Option(names = "--role", required = true, description = "PLATFORM, COURIER, POST, ECOMMERCE_OPERATOR, OFFICER, "
                + "ISSUING_AGENCY or ADMIN.")
        String role;

        @Option(names = "--administration", paramLabel = "CC", description = "Country code, for an OFFICER or ISSUING_AGENCY.")
        String administration;

        @Override
        public Integer call() {
            return refusable(context -> {
                var party = context.getBean(Parties.class).onboard(OPERATOR, clientId, name, role, administration);
                return "Registered " + party.clientId() + " (" + party.role() + ") as party " + party.id();
            });
        }
    }

    @Command(name = "list", description = "The registered parties in client id order.")
    static class ListParties extends RegistryCommand {

        @Override
        public Integer call() {
            return refusable(context -> {
                Parties parties = context.getBean(Parties.class);
                StringBuilder out = new StringBuilder();
                Optional<String> after = Optional.empty();
                while (true) {
                    List<Parties.Registered> page = parties.page(after, 500);
                    for (Parties.Registered r : page) {
                        out.append(String.format("%s  %-30s %-18s %-2s %s  %d live credential(s)%s%n", r.party().id(),
                                r.party().clientId(), r.party().role(), r.party().administration().map(a -> a.value()).orElse("-"),
                                r.party().name(), r.credentials().stream().filter(c -> c.live()).count(),
                                r.suspendedAt().map(at -> "  SUSPENDED " + at).orElse("")));
                    }
                    if (page.size() < 500) {
                        return out.toString().stripTrailing();
                    }
                    after = Optional.of(page.get(page.size() - 1).party().clientId());
                }
            });
        }
    }

    @Command(name = "issue-credential", description = "Issue a new generated client secret, printed this once; the "
            + "party's other secrets stay valid until revoked.")
    static class IssueCredential extends RegistryCommand {

        @Parameters(paramLabel = "PARTY_ID")
        String party;

        @Override
        public Integer call() {
            UUID partyId = id(party, "PARTY_ID");
            return refusable(context -> {
                IssuedCredential issued = context.getBean(Parties.class).issueCredential(OPERATOR, partyId);
                return "Credential " + issued.credential().id() + "\nclient_secret: " + issued.secret()
                        + "\n(shown once: only its hash is kept)";
            });
        }
    }

    @Command(name = "revoke-credential", description = "Revoke a client secret and every token it got.")
    static class RevokeCredential extends RegistryCommand {

        @Parameters(index = "0", paramLabel = "PARTY_ID")
        String party;

        @Parameters(index = "1", paramLabel = "CREDENTIAL_ID")
        String credential;

        @Override
        public Integer call() {
            UUID partyId = id(party, "PARTY_ID");
            UUID credentialId = id(credential, "CREDENTIAL_ID");
            return refusable(context -> {
                context.getBean(Parties.class).revokeCredential(OPERATOR, partyId, credentialId);
                return "Credential " + credentialId + " revoked, with its tokens";
            });
        }
    }

    @Command(name = "suspend", description = "Suspend a party: no more tokens, and the ones it holds are refused.")
    static class Suspend extends RegistryCommand {

        @Parameters(paramLabel = "PARTY_ID")
        String party;

        @Override
        public Integer call() {
            UUID partyId = id(party, "PARTY_ID");
            return refusable(context -> {
                var suspended = context.getBean(Parties.class).suspend(OPERATOR, partyId);
                return "Party " + suspended.party().clientId() + " suspended at " + suspended.suspendedAt().orElseThrow();
            });
        }
    }

    @Command(name = "rotate-keys", description = "Make a new key sign tokens now; the previous ones stay published "
            + "until the tokens they signed expire.")
    static class RotateKeys extends RegistryCommand {

        @Override
        public Integer call() {
            return refusable(context -> {
                TokenSigningKeys.Key key = context.getBean(TokenSigningKeys.class).rotateNow(OPERATOR);
                return "Signing key " + key.kid() + " signs from " + key.createdAt();
            });
        }
    }
}
