package org.portcullis.casework.intake;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The goods lines of a filing version in {@code filing_goods_line}: per goods item, the country of its
 * consignment's place of loading and its HS chapter, for the supervisors' dashboard (top origins and HS chapters),
 * which counts them in SQL. Written with the version, in its transaction, from the filing at hand, in one JDBC batch.
 */
@Repository
class FilingGoodsLines {

    private static final String INSERT = """
            insert into filing_goods_line (mrn, version, consignment_position, line_position, loading_country,
                hs_chapter) values (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate batches;

    FilingGoodsLines(JdbcTemplate batches) {
        this.batches = batches;
    }

    void insert(String mrn, int version, Filing filing) {
        List<Line> lines = lines(filing.consignments());
        Rows.insert(batches, INSERT, lines.size(), (statement, position) -> {
            Line line = lines.get(position);
            statement.setString(1, mrn);
            statement.setInt(2, version);
            statement.setInt(3, line.consignment());
            statement.setInt(4, line.position());
            statement.setString(5, line.loadingCountry());
            statement.setString(6, line.hsChapter());
        });
    }

    private static List<Line> lines(List<Consignment> consignments) {
        List<Line> lines = new ArrayList<>();
        for (int c = 0; c < consignments.size(); c++) {
            Consignment consignment = consignments.get(c);
            String country = consignment.placeOfLoading() == null ? null
                    : consignment.placeOfLoading().country().value();
            List<GoodsItem> items = consignment.goodsItems();
            for (int l = 0; l < items.size(); l++) {
                GoodsItem item = items.get(l);
                // the chapter as its two digits ("09"), as the HS code spells it
                String chapter = item.hsCode() == null ? null : item.hsCode().value().substring(0, 2);
                lines.add(new Line(c, l, country, chapter));
            }
        }
        return lines;
    }

    private record Line(int consignment, int position, String loadingCountry, String hsChapter) {
    }
}
