package org.portcullis.rules.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * A Lucene index over the names of watchlist entries, to find the few entries worth comparing with a name among a
 * million. It indexes blocking keys, each rare enough to keep the candidates few, and tolerant by construction:
 * <ul>
 * <li>every pair of the name's Double Metaphone sounds, in sorted order (word order, transliteration, missing
 *     parts and typos in any third word do not matter);</li>
 * <li>each sound with the date of birth, or with the year when only that is listed (a typo in a two-word name);</li>
 * <li>the sound of a one-word name;</li>
 * <li>the travel document number.</li>
 * </ul>
 * A query asks for any of its own keys; BM25 ranks the entries sharing the most (and rarest) keys first. The
 * candidates are then compared in full ({@link NameSimilarity}). Only the {@value #MAX_BLOCKING_WORDS} longest
 * distinct words of a name give keys, so a query has at most {@link #MAX_QUERY_CLAUSES} clauses whatever the name: a
 * name crafted of many short words cannot exceed Lucene's clause limit (1,024) and fail the assessment.
 */
final class ScreeningIndex {

    /**
     * What the index knows of one name of an entry: its position (row) and what it is found by: the words of the
     * name, the entry's dates of birth and its document numbers (normalised).
     */
    record Subject(int ordinal, List<String> words, List<String> datesOfBirth, List<String> documentNumbers) {
    }

    private static final String PAIR = "p";
    private static final String SOUND_BIRTH = "b";
    private static final String SOLO = "s";
    private static final String DOCUMENT = "n";
    private static final String ORDINAL = "o";
    private static final float DOCUMENT_BOOST = 3f;

    /** The most words of a name that give blocking keys; real names have fewer distinct words of two letters or more. */
    static final int MAX_BLOCKING_WORDS = 10;
    private static final int SOUNDS_PER_WORD = 2;
    /** Pairs of sounds, each sound alone, each sound with the full date and with the year of birth, the document. */
    static final int MAX_QUERY_CLAUSES = MAX_BLOCKING_WORDS * (MAX_BLOCKING_WORDS - 1) / 2 * SOUNDS_PER_WORD
            * SOUNDS_PER_WORD + MAX_BLOCKING_WORDS * SOUNDS_PER_WORD * 3 + 1;

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;

    ScreeningIndex(Iterable<Subject> subjects) {
        try {
            // Each index file in one heap buffer: every term lookup clones its input, which is cheap that way.
            ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Subject subject : subjects) {
                    writer.addDocument(document(subject));
                }
                writer.forceMerge(1);
                writer.commit();
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.searcher.setQueryCache(null);
            this.leaves = reader.leaves();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the screening index", e);
        }
    }

    /** The ordinals of the entries most like the subject, best first, at most {@code limit}. */
    int[] candidates(List<String> words, String dateOfBirth, String documentNumber, int limit) {
        Query query = query(words, dateOfBirth, documentNumber);
        if (query == null) {
            return new int[0];
        }
        try {
            ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
            int[] ordinals = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                ordinals[i] = ordinal(hits[i].doc);
            }
            return ordinals;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the screening index", e);
        }
    }

    private static Document document(Subject subject) {
        Document document = new Document();
        document.add(new NumericDocValuesField(ORDINAL, subject.ordinal()));
        List<Set<String>> sounds = sounds(subject.words());
        pairs(sounds).forEach(pair -> document.add(new StringField(PAIR, pair, Field.Store.NO)));
        if (sounds.size() == 1) {
            sounds.get(0).forEach(sound -> document.add(new StringField(SOLO, sound, Field.Store.NO)));
        }
        for (String birth : subject.datesOfBirth()) {
            for (Set<String> word : sounds) {
                word.forEach(sound -> document.add(new StringField(SOUND_BIRTH, sound + "|" + birth, Field.Store.NO)));
            }
        }
        for (String number : subject.documentNumbers()) {
            document.add(new StringField(DOCUMENT, number, Field.Store.NO));
        }
        return document;
    }

    private static Query query(List<String> words, String dateOfBirth, String documentNumber) {
        List<Set<String>> sounds = sounds(words);
        Set<Term> terms = new LinkedHashSet<>();
        pairs(sounds).forEach(pair -> terms.add(new Term(PAIR, pair)));
        for (Set<String> word : sounds) {
            for (String sound : word) {
                terms.add(new Term(SOLO, sound));
                if (dateOfBirth != null) {
                    terms.add(new Term(SOUND_BIRTH, sound + "|" + dateOfBirth));
                    terms.add(new Term(SOUND_BIRTH, sound + "|" + dateOfBirth.substring(0, 4)));
                }
            }
        }
        if (terms.isEmpty() && documentNumber == null) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(new TermQuery(term), BooleanClause.Occur.SHOULD));
        if (documentNumber != null) {
            query.add(new BoostQuery(new TermQuery(new Term(DOCUMENT, documentNumber)), DOCUMENT_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The words that give blocking keys: the distinct words of more than one letter that have a sound, at most
     * {@value #MAX_BLOCKING_WORDS} of them, the longest first (they tell names apart best), in their order.
     */
    static List<String> blockingWords(List<String> words) {
        List<String> usable = new ArrayList<>();
        for (String word : new LinkedHashSet<>(words)) {
            if (word.length() > 1 && !NameSimilarity.Phonetics.primary(word).isEmpty()) {
                usable.add(word);
            }
        }
        if (usable.size() <= MAX_BLOCKING_WORDS) {
            return usable;
        }
        Set<String> longest = new HashSet<>(usable.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(MAX_BLOCKING_WORDS)
                .toList());
        return usable.stream().filter(longest::contains).toList();
    }

    /** The sounds (primary and alternate Double Metaphone keys) of each blocking word. */
    private static List<Set<String>> sounds(List<String> words) {
        List<Set<String>> sounds = new ArrayList<>();
        for (String word : blockingWords(words)) {
            sounds.add(new LinkedHashSet<>(List.of(NameSimilarity.Phonetics.primary(word),
                    NameSimilarity.Phonetics.alternate(word))));
        }
        return sounds;
    }

    /** Every pair of sounds of two different words, each pair in sorted order. */
    private static Set<String> pairs(List<Set<String>> sounds) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < sounds.size(); i++) {
            for (int j = i + 1; j < sounds.size(); j++) {
                for (String a : sounds.get(i)) {
                    for (String b : sounds.get(j)) {
                        pairs.add(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
                    }
                }
            }
        }
        return pairs;
    }

    private int ordinal(int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " of the screening index has no ordinal");
        }
        return (int) values.longValue();
    }
}
