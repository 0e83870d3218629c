import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's floor: what the cheapest server could do for the portal's {@code /agreements}
 * page. The JDK's HTTP server and raw JDBC, no framework: the first 20 unarchived agreements in
 * the list's default order (signed, newest first), each with its parties, escaped into an HTML
 * table. The benchmark divides each page's requests per second by this page's, measured in the
 * same run on the same database.
 *
 * <pre>java -cp postgresql.jar src/bench/Floor.java PORT JDBC_URL USER [PASSWORD]</pre>
 */
public final class Floor {

	private static final String ROWS = """
			select a.id, a.reference, a.title, a.kind, a.status, a.signed_date
			from agreement a where a.archived_at is null
			order by a.signed_date desc nulls last, a.id limit 21""";

	private static final String PARTIES = """
			select p.agreement_id, i.id, i.name_en, i.name_native
			from agreement_party p join institution i on i.id = p.institution_id
			where p.agreement_id = any(?) order by p.agreement_id, i.name_en""";

	private static final int THREADS = 8;

	private final String url;

	private final String user;

	private final String password;

	private final ThreadLocal<Connection> connections = new ThreadLocal<>();

	private Floor(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static void main(String[] args) throws IOException {
		Floor floor = new Floor(args[1], args[2], (args.length > 3) ? args[3] : "");
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
		server.createContext("/agreements", floor::handle);
		server.setExecutor(Executors.newFixedThreadPool(THREADS));
		server.start();
		System.out.println("Floor listening on " + args[0]);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		int status = 200;
		try {
			body = render().getBytes(StandardCharsets.UTF_8);
		}
		catch (SQLException ex) {
			status = 500;
			body = ex.toString().getBytes(StandardCharsets.UTF_8);
			this.connections.remove();
		}
		exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private Connection connection() throws SQLException {
		Connection connection = this.connections.get();
		if (connection == null) {
			connection = DriverManager.getConnection(this.url, this.user, this.password);
			this.connections.set(connection);
		}
		return connection;
	}

	private record Row(long id, String reference, String title, String kind, String status, String signed,
			List<String[]> parties) {
	}

	private String render() throws SQLException {
		Connection connection = connection();
		Map<Long, Row> rows = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(ROWS); ResultSet rs = statement.executeQuery()) {
			while (rs.next() && rows.size() < 20) {
				rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), new ArrayList<>()));
			}
		}
		Array ids = connection.createArrayOf("bigint", rows.keySet().toArray());
		try (PreparedStatement statement = connection.prepareStatement(PARTIES)) {
			statement.setArray(1, ids);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.get(rs.getLong(1)).parties()
						.add(new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
				}
			}
		}
		StringBuilder html = new StringBuilder(16_384);
		html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Agreements</title></head>")
			.append("<body><main><h1>Agreements</h1><table><thead><tr><th>Reference</th><th>Title</th>")
			.append("<th>Parties</th><th>Kind</th><th>Status</th><th>Signed</th></tr></thead><tbody>");
		for (Row row : rows.values()) {
			html.append("<tr><td><a href=\"/agreements/").append(row.id()).append("\">");
			escape(html, row.reference()).append("</a></td><td>");
			escape(html, row.title()).append("</td><td><ul>");
			for (String[] party : row.parties()) {
				html.append("<li><a href=\"/institutions/").append(party[0]).append("\">");
				escape(html, party[1]).append("</a>");
				if (party[2] != null) {
					html.append(" <span>");
					escape(html, party[2]).append("</span>");
				}
				html.append("</li>");
			}
			html.append("</ul></td><td>");
			escape(html, row.kind()).append("</td><td>");
			escape(html, row.status()).append("</td><td>");
			escape(html, (row.signed() != null) ? row.signed() : "").append("</td></tr>");
		}
		return html.append("</tbody></table></main></body></html>").toString();
	}

	private static StringBuilder escape(StringBuilder html, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		return html;
	}

}
