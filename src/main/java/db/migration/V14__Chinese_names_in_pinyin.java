package db.migration;

import org.accord.institution.ChineseNames;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Writes the pinyin of the Chinese names already there (the seeds), which SQL cannot: the
 * transliterator is ICU4J's. Flyway finds Java migrations in this package, beside the SQL
 * ones of {@code db/migration}.
 */
public class V14__Chinese_names_in_pinyin extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		ChineseNames.fillMissing(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
	}

}
