package searchengine.compat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Builders that turn a Lucene class into an Elasticsearch analysis provider, plus analysis-common's settings parsing. */
final class Factories {

    private Factories() {}

    @FunctionalInterface
    interface FilterBuilder {
        Function<TokenStream, TokenStream> build(IndexSettings index, Environment env, Settings settings) throws IOException;
    }

    @FunctionalInterface
    interface TokenizerBuilder {
        Supplier<Tokenizer> build(IndexSettings index, Environment env, Settings settings) throws IOException;
    }

    @FunctionalInterface
    interface AnalyzerBuilder {
        Analyzer build(Environment env, Settings settings) throws IOException;
    }

    /** A configurable token filter. {@code normalizing} filters may also be used in normalizers (like ES). */
    static AnalysisProvider<TokenFilterFactory> filter(boolean normalizing, FilterBuilder builder) {
        return (index, env, name, settings) -> {
            final Function<TokenStream, TokenStream> fn = builder.build(index, env, settings);
            if (normalizing) {
                return new NormalizingTokenFilterFactory() {
                    public String name() { return name; }
                    public TokenStream create(TokenStream ts) { return fn.apply(ts); }
                };
            }
            return new AbstractTokenFilterFactory(name) {
                public TokenStream create(TokenStream ts) { return fn.apply(ts); }
            };
        };
    }

    static AnalysisProvider<TokenFilterFactory> filterNeedingSettings(boolean normalizing, FilterBuilder builder) {
        return AnalysisPlugin.requiresAnalysisSettings(filter(normalizing, builder));
    }

    static AnalysisProvider<TokenizerFactory> tokenizer(TokenizerBuilder builder) {
        return (index, env, name, settings) -> TokenizerFactory.newFactory(name, builder.build(index, env, settings));
    }

    static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(AnalyzerBuilder builder) {
        return (index, env, name, settings) -> {
            final Analyzer analyzer = builder.build(env, settings);
            return new AbstractIndexAnalyzerProvider<Analyzer>(name) {
                public Analyzer get() { return analyzer; }
            };
        };
    }

    static CharArraySet stopwords(Environment env, Settings s, CharArraySet defaults) {
        return Analysis.parseStopWords(env, s, defaults);
    }

    static CharArraySet stemExclusion(Settings s) {
        return Analysis.parseStemExclusion(s, CharArraySet.EMPTY_SET);
    }

    static void checkNgramDiff(IndexSettings index, int minGram, int maxGram, String what) {
        int maxAllowed = index.getMaxNgramDiff();
        int diff = maxGram - minGram;
        if (diff > maxAllowed) {
            throw new IllegalArgumentException(
                "The difference between max_gram and min_gram in " + what + " must be less than or equal to: ["
                    + maxAllowed + "] but was [" + diff + "]. This limit can be set by changing the ["
                    + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting."
            );
        }
    }

    /** token_chars / custom_token_chars as in Elasticsearch's CharMatcher. */
    static Predicate<Integer> tokenChars(Settings s) {
        List<String> classes = s.getAsList("token_chars");
        if (classes.isEmpty()) {
            return null;
        }
        Set<Integer> custom = new HashSet<>();
        String customChars = s.get("custom_token_chars");
        Predicate<Integer> p = c -> false;
        for (String raw : classes) {
            String cls = raw.toLowerCase(Locale.ROOT);
            Predicate<Integer> q = switch (cls) {
                case "letter" -> c -> {
                    int t = Character.getType(c);
                    return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER || t == Character.TITLECASE_LETTER
                        || t == Character.MODIFIER_LETTER || t == Character.OTHER_LETTER;
                };
                case "digit" -> c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> c -> {
                    int t = Character.getType(c);
                    return t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION || t == Character.OTHER_PUNCTUATION
                        || t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION;
                };
                case "symbol" -> c -> {
                    int t = Character.getType(c);
                    return t == Character.CURRENCY_SYMBOL || t == Character.MATH_SYMBOL || t == Character.OTHER_SYMBOL
                        || t == Character.MODIFIER_SYMBOL;
                };
                case "custom" -> {
                    if (customChars == null) {
                        throw new IllegalArgumentException("Token type: [custom] requires setting [custom_token_chars]");
                    }
                    customChars.codePoints().forEach(custom::add);
                    yield custom::contains;
                }
                default -> throw new IllegalArgumentException(
                    "Unknown token type: '" + raw + "', must be one of [symbol, custom, digit, punctuation, whitespace, letter]"
                );
            };
            p = p.or(q);
        }
        return p;
    }
}
