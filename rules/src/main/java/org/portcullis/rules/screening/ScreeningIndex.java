package org.portcullis.rules.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index over the names of watchlist entries, to find the few entries worth comparing with a name among
 * hundreds of thousands. Each entry is indexed by its name's words, their Double Metaphone keys, its date (or year)
 * of birth and its document number; a query asks for any of them and BM25 ranks rare words, sounds and dates above
 * common ones. The candidates it gives are then compared in full ({@link NameSimilarity}).
 */
final class ScreeningIndex {

    /** What the index knows of one entry: its position in the list and what it is found by. */
    record Subject(int ordinal, List<String> words, String dateOfBirth, String documentNumber) {
    }

    private static final String WORD = "w";
    private static final String SOUND = "s";
    private static final String BIRTH_DATE = "d";
    private static final String BIRTH_YEAR = "y";
    private static final String DOCUMENT = "n";
    private static final String ORDINAL = "o";
    private static final float SOUND_BOOST = 0.7f;
    private static final float BIRTH_DATE_BOOST = 2f;
    private static final float BIRTH_YEAR_BOOST = 0.5f;
    private static final float DOCUMENT_BOOST = 3f;

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;

    ScreeningIndex(Iterable<Subject> subjects) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Subject subject : subjects) {
                    writer.addDocument(document(subject));
                }
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
        for (String word : new LinkedHashSet<>(subject.words())) {
            document.add(new StringField(WORD, word, Field.Store.NO));
        }
        for (String sound : sounds(subject.words())) {
            document.add(new StringField(SOUND, sound, Field.Store.NO));
        }
        if (subject.dateOfBirth() != null) {
            if (subject.dateOfBirth().length() == 10) {
                document.add(new StringField(BIRTH_DATE, subject.dateOfBirth(), Field.Store.NO));
            }
            document.add(new StringField(BIRTH_YEAR, subject.dateOfBirth().substring(0, 4), Field.Store.NO));
        }
        if (subject.documentNumber() != null) {
            document.add(new StringField(DOCUMENT, subject.documentNumber(), Field.Store.NO));
        }
        return document;
    }

    private static Query query(List<String> words, String dateOfBirth, String documentNumber) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : new LinkedHashSet<>(words)) {
            query.add(new TermQuery(new Term(WORD, word)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String sound : sounds(words)) {
            query.add(new BoostQuery(new TermQuery(new Term(SOUND, sound)), SOUND_BOOST), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        if (dateOfBirth != null) {
            query.add(new BoostQuery(new TermQuery(new Term(BIRTH_DATE, dateOfBirth)), BIRTH_DATE_BOOST),
                    BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(BIRTH_YEAR, dateOfBirth.substring(0, 4))),
                    BIRTH_YEAR_BOOST), BooleanClause.Occur.SHOULD);
        }
        if (documentNumber != null) {
            query.add(new BoostQuery(new TermQuery(new Term(DOCUMENT, documentNumber)), DOCUMENT_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Set<String> sounds(List<String> words) {
        Set<String> sounds = new LinkedHashSet<>();
        for (String word : words) {
            if (word.length() > 1) {
                String primary = NameSimilarity.Phonetics.primary(word);
                if (!primary.isEmpty()) {
                    sounds.add(primary);
                    sounds.add(NameSimilarity.Phonetics.alternate(word));
                }
            }
        }
        return sounds;
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
