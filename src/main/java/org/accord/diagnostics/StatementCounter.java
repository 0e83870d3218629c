package org.accord.diagnostics;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements that the current thread prepares, whoever prepares them
 * (Hibernate, {@code JdbcClient}, Flyway): the data source hands out connections that
 * count {@code prepareStatement}, {@code prepareCall} and {@code createStatement}. Only
 * with {@code accord.diagnostics.count-statements=true} (the tests and the benchmark);
 * otherwise the data source is left as it is.
 */
@Component
@ConditionalOnProperty(name = "accord.diagnostics.count-statements", havingValue = "true")
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	/**
	 * Statements this thread has prepared so far; subtract two readings for a request.
	 */
	public static long current() {
		return COUNT.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
			return new CountingDataSource(dataSource);
		}
		return bean;
	}

	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection target) {
			InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Connection target, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "prepareStatement", "prepareCall", "createStatement" -> COUNT.get()[0]++;
				default -> {
				}
			}
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
