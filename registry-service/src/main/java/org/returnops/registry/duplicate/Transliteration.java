package org.returnops.registry.duplicate;

import com.ibm.icu.text.RuleBasedTransliterator;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;

/**
 * A transliteration that request threads can run at once. An ICU {@link Transliterator} is not meant to be
 * shared between threads, and the rule-based ones that ICU's registry hands out share their compiled rules
 * under one lock. So each pass of the chain is compiled again from its rules for every copy, and copies are
 * kept in a small pool: a thread takes one, uses it alone and gives it back. Running the passes one after
 * the other over the whole text is what ICU's compound transliterator does with a whole string.
 */
public final class Transliteration {

    private static final int KEPT = 2 * Runtime.getRuntime().availableProcessors() + 4;

    private final Transliterator template;
    private final ConcurrentLinkedQueue<List<UnaryOperator<String>>> idle = new ConcurrentLinkedQueue<>();

    private Transliteration(Transliterator template) {
        this.template = template;
        idle.add(copy());
    }

    /** A transliteration from ICU rules (which may name other transliterators with {@code ::id;}). */
    public static Transliteration fromRules(String id, String rules) {
        return new Transliteration(Transliterator.createFromRules(id, rules, Transliterator.FORWARD));
    }

    /** A transliteration by ICU id, such as {@code Cyrillic-Latin; Latin-ASCII}. */
    public static Transliteration of(String id) {
        return new Transliteration(Transliterator.getInstance(id));
    }

    public String transliterate(String text) {
        List<UnaryOperator<String>> passes = idle.poll();
        if (passes == null) {
            passes = copy();
        }
        try {
            String result = text;
            for (UnaryOperator<String> pass : passes) {
                result = pass.apply(result);
            }
            return result;
        } finally {
            if (idle.size() < KEPT) {
                idle.offer(passes);
            }
        }
    }

    /** The passes of the chain, each rule-based one compiled anew so that no copy shares rule data. */
    private List<UnaryOperator<String>> copy() {
        List<UnaryOperator<String>> passes = new ArrayList<>();
        for (Transliterator element : template.getElements()) {
            Transliterator own = element instanceof RuleBasedTransliterator
                    ? Transliterator.createFromRules(element.getID(), element.toRules(false), Transliterator.FORWARD)
                    : Transliterator.getInstance(element.getID());
            passes.add(own::transliterate);
        }
        return passes;
    }
}
