package io.lien.server.setup.application;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.advisors.AdvisorStoreRepository;
import io.lien.server.clients.ClientRepository;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Digests;
import io.lien.server.security.Operator;
import io.lien.server.security.PasswordHasher;
import io.lien.server.security.Roles;
import io.lien.server.settings.SetupSettings;
import io.lien.server.setup.StaffInvitation;
import io.lien.server.setup.StaffInvitationRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store's people: invited (an account that cannot sign in until its owner chooses a password through a
 * link given once), their password reset (the old one stops at once), removed (they can no longer sign
 * in; their name stays on what they did; their client book moves to a colleague of the store). A manager
 * looks after the advisors of their store; head office after everyone.
 */
@Singleton
public class StaffAccounts {

    static final String NO_PASSWORD = "!";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Someone to invite; {@code storeId} null for head office. */
    public record Invite(String username, String displayName, String role, @Nullable String email) {
    }

    /** The account made or reset, and the link (a token, shown once) its owner chooses a password with. */
    public record Link(Advisor account, String token, long expiresAt) {
    }

    private final AdvisorRepository advisors;
    private final AdvisorStoreRepository advisorStores;
    private final ClientRepository clients;
    private final StaffInvitationRepository invitations;
    private final DeviceRegistry registry;
    private final SetupAudit audit;
    private final SetupSettings settings;

    StaffAccounts(AdvisorRepository advisors, AdvisorStoreRepository advisorStores, ClientRepository clients,
                  StaffInvitationRepository invitations, DeviceRegistry registry, SetupAudit audit, SetupSettings settings) {
        this.advisors = advisors;
        this.advisorStores = advisorStores;
        this.clients = clients;
        this.invitations = invitations;
        this.registry = registry;
        this.audit = audit;
        this.settings = settings;
    }

    /** The people of a store (head office: {@code storeId} null), removed ones too (marked). */
    public List<Advisor> of(@Nullable String storeId) {
        return java.util.stream.StreamSupport.stream(advisors.findAll().spliterator(), false)
                .filter(a -> java.util.Objects.equals(a.storeId(), storeId))
                .sorted(java.util.Comparator.comparing(Advisor::displayName)).toList();
    }

    @Transactional
    public SetupOutcome<Link> invite(Operator who, @Nullable String storeId, Invite invite) {
        if (storeId != null && registry.store(storeId).isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", StoreSetup.cut(storeId));
        }
        Optional<String> wrong = wrong(invite, storeId);
        if (wrong.isPresent()) {
            return SetupOutcome.invalid("problem.setup.staff-field", wrong.get());
        }
        if (!who.isAdmin() && !Roles.ADVISOR.equals(invite.role())) {
            return SetupOutcome.invalid("problem.setup.staff-role-manager");
        }
        if (advisors.existsById(invite.username())) {
            return SetupOutcome.clash("problem.setup.staff-exists", invite.username());
        }
        Advisor account = new Advisor(invite.username(), invite.displayName().trim(), NO_PASSWORD, invite.role(), storeId,
                invite.email() == null || invite.email().isBlank() ? null : invite.email().trim().toLowerCase(java.util.Locale.ROOT), null);
        advisors.save(account);
        audit.record(who, storeId, "staff", account.username(), "invited", null, state(account));
        return new SetupOutcome.Done<>(link(who, account));
    }

    private static Optional<String> wrong(Invite invite, @Nullable String storeId) {
        if (invite.username() == null || !invite.username().matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            return Optional.of("user name: 2–40 lower-case letters, digits, . _ -");
        }
        if (invite.displayName() == null || invite.displayName().isBlank() || invite.displayName().length() > 80) {
            return Optional.of("name: 1–80 characters");
        }
        boolean headOffice = Roles.ADMIN.equals(invite.role());
        if (!List.of(Roles.ADVISOR, Roles.MANAGER, Roles.ADMIN).contains(invite.role()) || headOffice != (storeId == null)) {
            return Optional.of("role: ADVISOR or MANAGER of a store, or ADMIN (head office, no store)");
        }
        if (invite.email() != null && !invite.email().isBlank()
                && (invite.email().length() > 160 || !invite.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            return Optional.of("e-mail: an address, at most 160 characters");
        }
        return Optional.empty();
    }

    /** A new link for someone who forgot their password (or whose password leaked): the old password stops now. */
    @Transactional
    public SetupOutcome<Link> reset(Operator who, @Nullable String storeId, String username) {
        Optional<Advisor> account = manageable(who, storeId, username);
        if (account.isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-staff", StoreSetup.cut(username));
        }
        Advisor locked = account.get().withPasswordHash(NO_PASSWORD);
        advisors.update(locked);
        audit.record(who, storeId, "staff", username, "password-reset", null, null);
        return new SetupOutcome.Done<>(link(who, locked));
    }

    /** Someone leaves: no more sign-in; their clients go to {@code booksTo}, a colleague of the same store. */
    @Transactional
    public SetupOutcome<Integer> remove(Operator who, @Nullable String storeId, String username, @Nullable String booksTo) {
        Optional<Advisor> account = manageable(who, storeId, username);
        if (account.isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-staff", StoreSetup.cut(username));
        }
        if (username.equals(who.username())) {
            return SetupOutcome.invalid("problem.setup.staff-self");
        }
        long book = clients.countByAdvisorUsername(username);
        Optional<Advisor> colleague = booksTo == null || booksTo.isBlank() ? Optional.empty() : advisors.findById(booksTo)
                .filter(a -> a.removedAt() == null && !a.username().equals(username)
                        && java.util.Objects.equals(a.storeId(), account.get().storeId()) && a.storeId() != null);
        if (book > 0 && colleague.isEmpty()) {
            return SetupOutcome.invalid("problem.setup.staff-books", username, book);
        }
        int moved = colleague.map(c -> clients.moveBook(username, c.username())).orElse(0);
        Advisor gone = account.get();
        advisors.update(new Advisor(gone.username(), gone.displayName(), NO_PASSWORD, gone.role(), gone.storeId(), gone.email(),
                System.currentTimeMillis()));
        advisorStores.deleteByUsername(username);
        invitations.cancelAll(username, System.currentTimeMillis());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("removed", true);
        after.put("clientsMovedTo", colleague.map(Advisor::username).orElse(null));
        after.put("clientsMoved", moved);
        audit.record(who, gone.storeId(), "staff", username, "removed", state(gone), after);
        return new SetupOutcome.Done<>(moved);
    }

    /** Someone this operator may look after: a manager, the advisors of their store; head office, anyone but themselves. */
    private Optional<Advisor> manageable(Operator who, @Nullable String storeId, String username) {
        return advisors.findById(username == null ? "" : username).filter(a -> a.removedAt() == null)
                .filter(a -> java.util.Objects.equals(a.storeId(), storeId))
                .filter(a -> who.isAdmin() || Roles.ADVISOR.equals(a.role()));
    }

    private Link link(Operator who, Advisor account) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long now = System.currentTimeMillis();
        long expires = now + settings.invitationLasts().toMillis();
        invitations.cancelAll(account.username(), now);
        invitations.save(new StaffInvitation(Digests.sha256Hex(token), account.username(), who.username(), now, expires, null));
        return new Link(account, token, expires);
    }

    /** What choosing a password through a link came to. */
    public sealed interface Welcome {
        record Chosen(Advisor account) implements Welcome {
        }

        /** Unknown, used or expired: the same answer for each, so a link tells nothing once spent. */
        record Spent() implements Welcome {
        }

        record WeakPassword() implements Welcome {
        }
    }

    /** The owner of a link chooses their password: at least 10 characters, not their user name. */
    @Transactional
    public Welcome choosePassword(String token, String password) {
        if (token == null || token.length() > 100) {
            return new Welcome.Spent();
        }
        String hash = Digests.sha256Hex(token);
        Optional<StaffInvitation> invitation = invitations.findById(hash);
        if (invitation.isEmpty()) {
            return new Welcome.Spent();
        }
        Optional<Advisor> account = advisors.findById(invitation.get().username()).filter(a -> a.removedAt() == null);
        if (password == null || password.length() < 10 || password.length() > 200
                || account.map(a -> password.equalsIgnoreCase(a.username())).orElse(false)) {
            return new Welcome.WeakPassword();
        }
        if (account.isEmpty() || invitations.use(hash, System.currentTimeMillis()) != 1) {
            return new Welcome.Spent();
        }
        Advisor chosen = account.get().withPasswordHash(PasswordHasher.hash(password));
        advisors.update(chosen);
        return new Welcome.Chosen(chosen);
    }

    /** Who a link is for, while it can still be used (the page greets them by name). */
    public Optional<Advisor> invited(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findById(Digests.sha256Hex(token))
                .filter(i -> i.usedAt() == null && i.expiresAt() > System.currentTimeMillis())
                .flatMap(i -> advisors.findById(i.username())).filter(a -> a.removedAt() == null);
    }

    static Map<String, Object> state(Advisor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.displayName());
        m.put("role", a.role());
        m.put("store", a.storeId());
        m.put("email", a.email());
        return m;
    }
}
