package io.lien.server.community;

import io.lien.server.clients.ClientDirectory;
import io.lien.server.i18n.Phrase;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.moments.MomentRepository;
import io.lien.server.registry.DeviceRegistry;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** Takes shoppers' likes and words about products, and gives each product's community view. */
@Singleton
public class CommunityVoice {

    static final int MAX_BODY = 500;
    /** As many critical words as words of praise are shown, side by side. */
    static final int SHOWN_PER_TONE = 5;
    static final Set<String> TONES = Set.of("praise", "critical", "question");

    public sealed interface Outcome {
        record Recorded(ProductFeedback feedback) implements Outcome {
        }

        record AlreadyLiked() implements Outcome {
        }

        record Refused(Phrase reason) implements Outcome {
        }
    }

    @Serdeable
    public record Said(String who, long ts, String tone, String body) {
    }

    @Serdeable
    public record View(String productId, long likes, long likesInStore, List<Said> praise, List<Said> critical, List<Said> questions) {
    }

    private final ProductFeedbackRepository feedback;
    private final MomentRepository moments;
    private final DeviceRegistry registry;
    private final ClientDirectory clients;
    private final ApplicationEventPublisher<FeedbackChanged> changes;

    CommunityVoice(ProductFeedbackRepository feedback, MomentRepository moments, DeviceRegistry registry, ClientDirectory clients,
                   ApplicationEventPublisher<FeedbackChanged> changes) {
        this.changes = changes;
        this.feedback = feedback;
        this.moments = moments;
        this.registry = registry;
        this.clients = clients;
    }

    public Outcome say(String clientId, String productId, String kind, String tone, String body, boolean signed) {
        if (productId == null || registry.product(productId).isEmpty()) {
            return new Outcome.Refused(Phrase.with("problem.community.unknown-product", productId));
        }
        if ("like".equals(kind)) {
            if (feedback.existsByProductIdAndClientIdAndKind(productId, clientId, "like")) {
                return new Outcome.AlreadyLiked();
            }
            return recorded(new ProductFeedback(null, productId, clientId, System.currentTimeMillis(), "like", null, null, signed));
        }
        if (!"comment".equals(kind)) {
            return new Outcome.Refused(Phrase.with("problem.community.kind", kind));
        }
        if (tone == null || !TONES.contains(tone)) {
            return new Outcome.Refused(Phrase.with("problem.community.tone", tone));
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            return new Outcome.Refused(Phrase.with("problem.community.comment", MAX_BODY));
        }
        return recorded(new ProductFeedback(null, productId, clientId, System.currentTimeMillis(), "comment", tone, body.strip(), signed));
    }

    private Outcome recorded(ProductFeedback said) {
        Outcome recorded = new Outcome.Recorded(feedback.save(said));
        changes.publishEvent(new FeedbackChanged(said.productId()));
        return recorded;
    }

    /** How many likes (online and at a hanger or mirror) and words of each tone a product has: every voice counted. */
    public Counts counts(String productId) {
        return new Counts(feedback.countByProductIdAndKind(productId, "like") + moments.countByProductIdAndKind(productId, MomentKind.LIKE),
                feedback.countByProductIdAndKindAndTone(productId, "comment", "praise"),
                feedback.countByProductIdAndKindAndTone(productId, "comment", "critical"),
                feedback.countByProductIdAndKindAndTone(productId, "comment", "question"));
    }

    /** A product's voice in numbers; {@code comments()} counts the critical words with the rest. */
    public record Counts(long likes, long praise, long critical, long questions) {
        public long comments() {
            return praise + critical + questions;
        }
    }

    /** Everything the client said or liked, newest first (their own space lists it). */
    public List<ProductFeedback> of(String clientId) {
        return feedback.findByClientIdOrderByTsDesc(clientId);
    }

    /** The client takes their like or words back. */
    public boolean takeBack(String clientId, long feedbackId) {
        java.util.Optional<String> product = feedback.findById(feedbackId).map(ProductFeedback::productId);
        boolean taken = feedback.deleteOwn(feedbackId, clientId) == 1;
        if (taken) {
            changes.publishEvent(new FeedbackChanged(product.orElseThrow()));
        }
        return taken;
    }

    /** The client shows or hides their first name on their words. */
    public boolean sign(String clientId, long feedbackId, boolean signed) {
        return feedback.signOwn(feedbackId, clientId, signed) == 1;
    }

    public View view(String productId) {
        return view(productId, java.util.Locale.ENGLISH);
    }

    /** What the community says, an unsigned voice called "a client" in the reader's language. */
    public View view(String productId, java.util.Locale reader) {
        List<ProductFeedback> comments = feedback.findByProductIdAndKindOrderByTsDesc(productId, "comment");
        return new View(productId, feedback.countByProductIdAndKind(productId, "like"),
                moments.countByProductIdAndKind(productId, MomentKind.LIKE),
                said(comments, "praise", reader), said(comments, "critical", reader), said(comments, "question", reader));
    }

    /**
     * The words a shared screen may show (a mirror): unsigned, the author's identifiers and anything
     * shaped like an e-mail or a phone number taken out, as many critical words as words of praise.
     */
    public SharedWords sharedScreenWords(String productId, int perTone) {
        List<ProductFeedback> comments = feedback.findByProductIdAndKindOrderByTsDesc(productId, "comment");
        return new SharedWords(shared(comments, "praise", perTone), shared(comments, "critical", perTone));
    }

    public record SharedWords(List<String> praise, List<String> critical) {
    }

    private List<String> shared(List<ProductFeedback> comments, String tone, int perTone) {
        return comments.stream().filter(c -> tone.equals(c.tone())).limit(perTone).map(c -> {
            List<String> author = clients.find(c.clientId()).map(x -> java.util.Arrays.asList(x.firstName(), x.lastName(), x.email(), x.phone()))
                    .orElse(List.of());
            return io.lien.server.community.model.Redaction.forSharedScreens(c.body(), author);
        }).toList();
    }

    private List<Said> said(List<ProductFeedback> comments, String tone, java.util.Locale reader) {
        String anonymous = io.lien.server.i18n.Texts.of(reader).t("community.anonymous");
        return comments.stream().filter(c -> tone.equals(c.tone())).limit(SHOWN_PER_TONE)
                .map(c -> new Said(c.signed() ? clients.find(c.clientId()).map(x -> x.firstName()).orElse(anonymous) : anonymous,
                        c.ts(), tone, c.body()))
                .toList();
    }
}
