#!/usr/bin/env bash
# Makes sure the search engine used by the search tests is present, and prints its home directory.
#
#   search/engine/fetch.sh          fetch (first time only) + assemble; prints the server home on stdout
#   search/engine/fetch.sh --java   prints the JDK (>= 21) that runs it (override: SEARCH_ENGINE_JAVA_HOME)
#   search/engine/fetch.sh --force  throws the unpacked server away and redoes everything
#
# What it does (see NOTES.md beside this file):
#   1. `mvn dependency:unpack` (pom.xml beside this file) unpacks Elastic's own Elasticsearch server, the
#      integ-test-zip that Elastic publishes on Maven Central, under build/search-engine/ (Maven keeps the
#      zip in ~/.m2, so a later unpack needs no network).
#   2. That zip lacks the analysis-common and rest-root modules, which Elastic publishes nowhere we can
#      reach. So this script compiles the small module at the bottom of this file (Lucene's analysis
#      classes, already in the server's lib/, registered under analysis-common's names and settings) against
#      the server's own jars, and drops it into modules/search-engine-compat/.
# Idempotent (re-assembles only when this file or the version changes) and safe to run concurrently (flock).
# Everything except the final path goes to stderr.
set -euo pipefail

ES_VERSION=9.5.3   # keep in step with pom.xml (es.version) and tests/search_node.py (ES_VERSION)
MODULE=search-engine-compat

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${SEARCH_ENGINE_BUILD_DIR:-$ROOT/build/search-engine}
ES_HOME=$OUT/elasticsearch-$ES_VERSION
STAMP=$ES_HOME/.search-engine-ready

die() { echo "search/engine/fetch.sh: ERROR: $*" >&2; exit 1; }
log() { echo "search/engine/fetch.sh: $*" >&2; }

# A JDK >= 21 (Elasticsearch 9 needs Java 21+; javac builds the module). Prints its home.
find_java() {
  local c major
  local candidates=("${SEARCH_ENGINE_JAVA_HOME:-}" "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}")
  while IFS= read -r c; do candidates+=("$c"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's#/$##')
  for c in "${candidates[@]}"; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$("$c/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$c"; return 0; fi
  done
  return 1
}

if ! JAVA=$(find_java); then
  die "no JDK >= 21 found (looked at SEARCH_ENGINE_JAVA_HOME, ES_JAVA_HOME, JAVA_HOME, /usr/lib/jvm/*)." \
    "Elasticsearch $ES_VERSION needs Java 21+. Debian 12 packages only Java 17; this project's machine image" \
    "has /usr/lib/jvm/temurin-25-jdk-amd64. Point SEARCH_ENGINE_JAVA_HOME at a JDK 21+."
fi

FORCE=0
case "${1:-}" in
  --java) echo "$JAVA"; exit 0 ;;
  --force) FORCE=1 ;;
  "") ;;
  *) die "unknown argument: $1 (use --java or --force)" ;;
esac

SIGNATURE="$ES_VERSION $(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)"

ready() {
  [ "$FORCE" = 0 ] && [ -x "$ES_HOME/bin/elasticsearch" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$SIGNATURE" ]
}
if ready; then echo "$ES_HOME"; exit 0; fi   # the usual case: nothing to do, no lock needed

mkdir -p "$OUT" || die "cannot create $OUT"
exec 9>>"$OUT/.lock" || die "cannot write $OUT/.lock (is build/ owned by another user?)"
flock -w 900 9 || die "timed out waiting for another fetch.sh that holds $OUT/.lock"
if ready; then echo "$ES_HOME"; exit 0; fi   # another run finished it while we waited

# 1. The server, from Maven Central (only when not unpacked yet).
if [ "$FORCE" = 1 ] || [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
  command -v mvn >/dev/null || die "mvn (Maven) is not installed; it fetches Elasticsearch from Maven Central (apt-get install maven)"
  rm -rf "$ES_HOME" "$OUT/.maven-markers"
  log "fetching Elasticsearch $ES_VERSION (integ-test-zip) from Maven Central into $OUT ..."
  if ! mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:unpack \
      -Des.version="$ES_VERSION" -Dsearch.engine.dir="$OUT" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' >&2; then
    die "Maven could not fetch/unpack org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip (Maven's output is above)"
  fi
  [ -x "$ES_HOME/bin/elasticsearch" ] || die "Maven finished but $ES_HOME/bin/elasticsearch is missing"
fi

# 2. The analysis module, compiled against this very server's jars.
log "assembling module $MODULE into $ES_HOME/modules (javac from $JAVA) ..."
WORK=$(mktemp -d "$OUT/.module-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src/searchengine/compat" "$WORK/classes" "$WORK/$MODULE"
# ---------------------------------------------------------------------------------------------------------
# The module's source. Each component is a thin factory over the same Lucene class that Elasticsearch's
# analysis-common uses, under the same name and reading the same settings keys.
# ---------------------------------------------------------------------------------------------------------
cat > "$WORK/src/searchengine/compat/SearchEngineCompatPlugin.java" <<'JAVA_SOURCE_END'
package searchengine.compat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.classic.ClassicFilter;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseStemFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.lucene.analysis.miscellaneous.DisableGraphAttribute;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Test-only stand-in for Elasticsearch's "analysis-common" and "rest-root" modules, which Elastic does not
 * publish to Maven Central (only the integ-test-zip server is published there).
 *
 * Every component below is a thin factory over the very same Lucene classes that analysis-common wraps
 * (lucene-analysis-common ships in the server's lib/), registered under the same names and reading the same
 * settings keys. Only the subset listed in search/engine/NOTES.md is provided; anything else fails loudly
 * with Elasticsearch's own "Unknown filter type" error, exactly as a missing component would.
 */
public class SearchEngineCompatPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    // ------------------------------------------------------------------ helpers

    @FunctionalInterface
    interface FilterBuilder {
        Function<TokenStream, TokenStream> build(IndexSettings index, Environment env, Settings settings) throws IOException;
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

    @FunctionalInterface
    interface TokenizerBuilder {
        Supplier<Tokenizer> build(IndexSettings index, Environment env, Settings settings) throws IOException;
    }

    static AnalysisProvider<TokenizerFactory> tokenizer(TokenizerBuilder builder) {
        return (index, env, name, settings) -> TokenizerFactory.newFactory(name, builder.build(index, env, settings));
    }

    @FunctionalInterface
    interface AnalyzerBuilder {
        Analyzer build(Environment env, Settings settings) throws IOException;
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

    static SnowballFilter snowball(TokenStream ts, SnowballStemmer stemmer) {
        return new SnowballFilter(ts, stemmer);
    }

    /** The "stemmer" token filter's language names (Elasticsearch's StemmerTokenFilterFactory). */
    static Function<TokenStream, TokenStream> stemmer(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "english", "porter" -> PorterStemFilter::new;
            case "light_english", "lightenglish", "kstem" -> KStemFilter::new;
            case "minimal_english", "minimalenglish" -> EnglishMinimalStemFilter::new;
            case "possessive_english", "possessiveenglish" -> EnglishPossessiveFilter::new;
            case "french" -> ts -> snowball(ts, new FrenchStemmer());
            case "light_french", "lightfrench" -> FrenchLightStemFilter::new;
            case "minimal_french", "minimalfrench" -> FrenchMinimalStemFilter::new;
            case "spanish" -> ts -> snowball(ts, new SpanishStemmer());
            case "light_spanish", "lightspanish" -> SpanishLightStemFilter::new;
            case "spanish_plural" -> SpanishPluralStemFilter::new;
            case "portuguese" -> ts -> snowball(ts, new PortugueseStemmer());
            case "light_portuguese", "lightportuguese" -> PortugueseLightStemFilter::new;
            case "minimal_portuguese", "minimalportuguese" -> PortugueseMinimalStemFilter::new;
            case "portuguese_rslp" -> PortugueseStemFilter::new;
            case "russian" -> ts -> snowball(ts, new RussianStemmer());
            case "light_russian", "lightrussian" -> RussianLightStemFilter::new;
            case "arabic" -> ArabicStemFilter::new;
            case "german" -> ts -> snowball(ts, new GermanStemmer());
            case "light_german", "lightgerman" -> GermanLightStemFilter::new;
            case "minimal_german", "minimalgerman" -> GermanMinimalStemFilter::new;
            case "italian" -> ts -> snowball(ts, new ItalianStemmer());
            case "light_italian", "lightitalian" -> ItalianLightStemFilter::new;
            case "dutch" -> ts -> snowball(ts, new DutchStemmer());
            default -> throw new IllegalArgumentException("Unknown stemmer language [" + language + "] (not provided by this test engine)");
        };
    }

    // ------------------------------------------------------------------ analysis

    @Override
    @SuppressWarnings("deprecation") // TruncateTokenFilter's constructor, as in Elasticsearch itself
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> f = new TreeMap<>();
        f.put("asciifolding", filter(true, (i, e, s) -> {
            boolean preserve = s.getAsBoolean("preserve_original", false);
            return ts -> new ASCIIFoldingFilter(ts, preserve);
        }));
        f.put("lowercase", filter(true, (i, e, s) -> {
            String lang = s.get("language");
            if (lang == null) {
                return org.apache.lucene.analysis.LowerCaseFilter::new;
            }
            return switch (lang.toLowerCase(Locale.ROOT)) {
                case "greek" -> GreekLowerCaseFilter::new;
                case "irish" -> IrishLowerCaseFilter::new;
                case "turkish" -> TurkishLowerCaseFilter::new;
                default -> throw new IllegalArgumentException("language [" + lang + "] not support for lower case");
            };
        }));
        f.put("uppercase", filter(true, (i, e, s) -> UpperCaseFilter::new));
        f.put("ngram", filter(false, (i, e, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            checkNgramDiff(i, min, max, "NGram Tokenizer");
            boolean preserve = s.getAsBoolean("preserve_original", false);
            return ts -> new NGramTokenFilter(ts, min, max, preserve);
        }));
        f.put("edge_ngram", filter(false, (i, e, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            boolean preserve = s.getAsBoolean("preserve_original", false);
            String side = s.get("side", "front");
            if ("back".equalsIgnoreCase(side)) {
                return ts -> new ReverseStringFilter(new EdgeNGramTokenFilter(new ReverseStringFilter(ts), min, max, preserve));
            }
            if ("front".equalsIgnoreCase(side) == false) {
                throw new IllegalArgumentException("invalid side: [" + side + "], must be either [front] or [back]");
            }
            return ts -> new EdgeNGramTokenFilter(ts, min, max, preserve);
        }));
        f.put("stemmer", filter(false, (i, e, s) -> stemmer(s.get("language", s.get("name", "porter")))));
        f.put("snowball", filter(false, (i, e, s) -> {
            String lang = s.get("language", "English");
            return ts -> new SnowballFilter(ts, lang);
        }));
        f.put("porter_stem", filter(false, (i, e, s) -> PorterStemFilter::new));
        f.put("kstem", filter(false, (i, e, s) -> KStemFilter::new));
        f.put("elision", filterNeedingSettings(true, (i, e, s) -> {
            CharArraySet articles = Analysis.parseArticles(e, s);
            if (articles == null) {
                throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
            }
            return ts -> new ElisionFilter(ts, articles);
        }));
        f.put("keyword_marker", filterNeedingSettings(false, (i, e, s) -> {
            boolean ignoreCase = s.getAsBoolean("ignore_case", false);
            CharArraySet words = Analysis.getWordSet(e, s, "keywords");
            if (words == null) {
                throw new IllegalArgumentException("keyword filter requires either [keywords] or [keywords_path] to be configured");
            }
            CharArraySet set = new CharArraySet(words, ignoreCase);
            return ts -> new SetKeywordMarkerFilter(ts, set);
        }));
        f.put("length", filter(false, (i, e, s) -> {
            int min = s.getAsInt("min", 0);
            int max = s.getAsInt("max", Integer.MAX_VALUE);
            return ts -> new LengthFilter(ts, min, max);
        }));
        f.put("truncate", filter(false, (i, e, s) -> {
            int length = s.getAsInt("length", 10);
            return ts -> new TruncateTokenFilter(ts, length);
        }));
        f.put("trim", filter(true, (i, e, s) -> TrimFilter::new));
        f.put("reverse", filter(false, (i, e, s) -> ReverseStringFilter::new));
        f.put("classic", filter(false, (i, e, s) -> ClassicFilter::new));
        f.put("decimal_digit", filter(true, (i, e, s) -> DecimalDigitFilter::new));
        f.put("cjk_width", filter(true, (i, e, s) -> CJKWidthFilter::new));
        f.put("cjk_bigram", filter(false, (i, e, s) -> {
            int flags = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
            for (String script : s.getAsList("ignored_scripts")) {
                switch (script.toLowerCase(Locale.ROOT)) {
                    case "han" -> flags &= ~CJKBigramFilter.HAN;
                    case "hiragana" -> flags &= ~CJKBigramFilter.HIRAGANA;
                    case "katakana" -> flags &= ~CJKBigramFilter.KATAKANA;
                    case "hangul" -> flags &= ~CJKBigramFilter.HANGUL;
                    default -> { }
                }
            }
            final int finalFlags = flags;
            boolean unigrams = s.getAsBoolean("output_unigrams", false);
            return ts -> {
                CJKBigramFilter filter = new CJKBigramFilter(ts, finalFlags, unigrams);
                if (unigrams) {
                    filter.addAttribute(DisableGraphAttribute.class);
                }
                return filter;
            };
        }));
        f.put("arabic_normalization", filter(true, (i, e, s) -> ArabicNormalizationFilter::new));
        f.put("arabic_stem", filter(false, (i, e, s) -> ArabicStemFilter::new));
        f.put("persian_normalization", filter(true, (i, e, s) -> PersianNormalizationFilter::new));
        f.put("german_normalization", filter(true, (i, e, s) -> GermanNormalizationFilter::new));
        return f;
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> t = new TreeMap<>();
        t.put("ngram", tokenizer((i, e, s) -> {
            int min = s.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            int max = s.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            checkNgramDiff(i, min, max, "NGram Tokenizer");
            Predicate<Integer> chars = tokenChars(s);
            if (chars == null) {
                return () -> new NGramTokenizer(min, max);
            }
            return () -> new NGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int chr) { return chars.test(chr); }
            };
        }));
        t.put("edge_ngram", tokenizer((i, e, s) -> {
            int min = s.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            int max = s.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            Predicate<Integer> chars = tokenChars(s);
            if (chars == null) {
                return () -> new EdgeNGramTokenizer(min, max);
            }
            return () -> new EdgeNGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int chr) { return chars.test(chr); }
            };
        }));
        t.put("whitespace", tokenizer((i, e, s) -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> new WhitespaceTokenizer(WhitespaceTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, max);
        }));
        t.put("keyword", tokenizer((i, e, s) -> {
            int buffer = s.getAsInt("buffer_size", 256);
            return () -> new KeywordTokenizer(buffer);
        }));
        t.put("letter", tokenizer((i, e, s) -> LetterTokenizer::new));
        t.put("classic", tokenizer((i, e, s) -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> {
                ClassicTokenizer tok = new ClassicTokenizer();
                tok.setMaxTokenLength(max);
                return tok;
            };
        }));
        t.put("uax_url_email", tokenizer((i, e, s) -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> {
                UAX29URLEmailTokenizer tok = new UAX29URLEmailTokenizer();
                tok.setMaxTokenLength(max);
                return tok;
            };
        }));
        return t;
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> c = new TreeMap<>();
        c.put("html_strip", (index, env, name, s) -> {
            List<String> escaped = s.getAsList("escaped_tags");
            Set<String> tags = escaped.isEmpty() ? null : new HashSet<>(escaped);
            return new CharFilterFactory() {
                public String name() { return name; }
                public Reader create(Reader reader) { return new HTMLStripCharFilter(reader, tags); }
            };
        });
        return c;
    }

    /** Language analyzers, configurable with "stopwords", "stopwords_path" and "stem_exclusion" like in ES. */
    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> a = new TreeMap<>();
        a.put("english", analyzer((e, s) ->
            new EnglishAnalyzer(stopwords(e, s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), stemExclusion(s))));
        a.put("french", analyzer((e, s) ->
            new FrenchAnalyzer(stopwords(e, s, FrenchAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("spanish", analyzer((e, s) ->
            new SpanishAnalyzer(stopwords(e, s, SpanishAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("portuguese", analyzer((e, s) ->
            new PortugueseAnalyzer(stopwords(e, s, PortugueseAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("russian", analyzer((e, s) ->
            new RussianAnalyzer(stopwords(e, s, RussianAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("arabic", analyzer((e, s) ->
            new ArabicAnalyzer(stopwords(e, s, ArabicAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("german", analyzer((e, s) ->
            new GermanAnalyzer(stopwords(e, s, GermanAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("italian", analyzer((e, s) ->
            new ItalianAnalyzer(stopwords(e, s, ItalianAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("dutch", analyzer((e, s) ->
            new DutchAnalyzer(stopwords(e, s, DutchAnalyzer.getDefaultStopSet()), stemExclusion(s))));
        a.put("cjk", analyzer((e, s) -> new CJKAnalyzer(stopwords(e, s, CJKAnalyzer.getDefaultStopSet()))));
        return a;
    }

    /** The same analyzers with default settings, usable by name in mappings and _analyze (ES registers both too). */
    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
            prebuilt("english", EnglishAnalyzer::new),
            prebuilt("french", FrenchAnalyzer::new),
            prebuilt("spanish", SpanishAnalyzer::new),
            prebuilt("portuguese", PortugueseAnalyzer::new),
            prebuilt("russian", RussianAnalyzer::new),
            prebuilt("arabic", ArabicAnalyzer::new),
            prebuilt("german", GermanAnalyzer::new),
            prebuilt("italian", ItalianAnalyzer::new),
            prebuilt("dutch", DutchAnalyzer::new),
            prebuilt("cjk", CJKAnalyzer::new)
        );
    }

    static PreBuiltAnalyzerProviderFactory prebuilt(String name, Supplier<Analyzer> supplier) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.LUCENE, supplier);
    }

    // ------------------------------------------------------------------ GET / and HEAD / (ES's rest-root module)

    @Override
    public Collection<RestHandler> getRestHandlers(
        RestHandlersServices services,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new BaseRestHandler() {
            @Override
            public String getName() { return "main_action"; }

            @Override
            public List<Route> routes() {
                return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
            }

            @Override
            protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
                return channel -> {
                    ClusterService cs = clusterService.get();
                    Build build = Build.current();
                    XContentBuilder b = channel.newBuilder();
                    b.startObject();
                    b.field("name", cs.localNode().getName());
                    b.field("cluster_name", cs.getClusterName().value());
                    b.field("cluster_uuid", cs.state().metadata().clusterUUID());
                    b.startObject("version")
                        .field("number", build.qualifiedVersion())
                        .field("build_flavor", build.flavor())
                        .field("build_type", build.type().displayName())
                        .field("build_hash", build.hash())
                        .field("build_date", build.date())
                        .field("build_snapshot", build.isSnapshot())
                        .field("lucene_version", org.apache.lucene.util.Version.LATEST.toString())
                        .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                        .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                        .endObject();
                    b.field("tagline", "You Know, for Search");
                    b.endObject();
                    channel.sendResponse(new RestResponse(RestStatus.OK, b));
                };
            }
        });
    }
}
JAVA_SOURCE_END
# ---------------------------------------------------------------------------------------------------------
CLASSPATH_JARS=$(find "$ES_HOME/lib" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$JAVA/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$CLASSPATH_JARS" -d "$WORK/classes" \
  "$WORK/src/searchengine/compat/SearchEngineCompatPlugin.java" >&2 \
  || die "compiling the $MODULE module against Elasticsearch $ES_VERSION failed (did an upgrade change the plugin API?)"
"$JAVA/bin/jar" cf "$WORK/$MODULE/$MODULE.jar" -C "$WORK/classes" . || die "jar failed"
printf '%s\n' \
  "description=Test-only stand-in for the analysis-common and rest-root modules (search/engine/NOTES.md)" \
  "version=$ES_VERSION" \
  "name=$MODULE" \
  "classname=searchengine.compat.SearchEngineCompatPlugin" \
  "java.version=21" \
  "elasticsearch.version=$ES_VERSION" > "$WORK/$MODULE/plugin-descriptor.properties"
rm -rf "${ES_HOME:?}/modules/$MODULE"
mv "$WORK/$MODULE" "$ES_HOME/modules/$MODULE"
# The node may run as another user (Elasticsearch refuses to run as root): keep the tree world-readable.
chmod -R a+rX "$ES_HOME"
echo "$SIGNATURE" > "$STAMP"
log "ready: $ES_HOME"
echo "$ES_HOME"
