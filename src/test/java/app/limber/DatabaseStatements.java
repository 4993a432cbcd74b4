package app.limber;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends to the database, at the JDBC level: every statement executed on a
 * connection of the application's {@link DataSource}, whether it came from Hibernate, Spring Data, a
 * {@code JdbcTemplate} or a {@code JdbcClient}, is what PostgreSQL's statement log would show (Hibernate's own
 * statistics miss everything that does not go through Hibernate). Each statement is recorded with the connection
 * checkout and the transaction it ran in, so that tests can also say how many transactions a request took.
 *
 * <p>The data source bean is wrapped (a {@link BeanPostProcessor} with JDK proxies, no extra library); the pool
 * below it is unchanged. What it cannot see: statements the pool or driver send by themselves (connection set-up,
 * validation) and {@code BEGIN}/{@code COMMIT}, which are not data statements and are not counted by the benchmark
 * either.
 */
public class DatabaseStatements implements BeanPostProcessor {

    /** One statement sent to the database: its SQL and where it ran. */
    public record Executed(String sql, long checkout, @Nullable String transaction, boolean readOnly,
            String thread) {

        /** A data statement (select, insert, update, delete, merge, with), as the benchmark counts them. */
        boolean isData() {
            String start = sql.stripLeading().toLowerCase(Locale.ROOT);
            return start.startsWith("select") || start.startsWith("insert") || start.startsWith("update")
                    || start.startsWith("delete") || start.startsWith("merge") || start.startsWith("with");
        }
    }

    /** What ran while an action ran. */
    public record Recording(List<Executed> statements) {

        public long count() {
            return statements.size();
        }

        /** The transactions the statements ran in; a statement in auto-commit mode counts as one of its own. */
        public Set<String> transactions() {
            Set<String> transactions = new LinkedHashSet<>();
            for (Executed statement : statements) {
                transactions.add(statement.transaction() != null ? statement.transaction()
                        : "auto-commit " + statement.checkout() + ":" + statement.sql());
            }
            return transactions;
        }

        /** Whether every statement ran in a read-only transaction. */
        public boolean allReadOnly() {
            return statements.stream().allMatch(statement -> statement.readOnly() && statement.transaction() != null);
        }

        /** The statements one per line, for assertion messages. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            for (Executed statement : statements) {
                String sql = statement.sql().replaceAll("\\s+", " ");
                text.append("\n  [").append(statement.transaction() == null ? "auto-commit" : statement.transaction())
                        .append(statement.readOnly() ? ", read-only" : "").append("] ")
                        .append(sql, 0, Math.min(sql.length(), 140));
            }
            return text.toString();
        }
    }

    private final AtomicLong checkouts = new AtomicLong();
    private volatile @Nullable List<Executed> recording;

    /** Records every data statement sent to the database, from any thread, while the action runs. */
    public synchronized Recording during(Runnable action) {
        List<Executed> statements = Collections.synchronizedList(new ArrayList<>());
        recording = statements;
        try {
            action.run();
        } finally {
            recording = null;
        }
        synchronized (statements) {
            return new Recording(List.copyOf(statements));
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
                Object result = invoke(target, method, arguments);
                return result instanceof Connection connection ? counted(connection) : result;
            });
        }
        return bean;
    }

    private Connection counted(Connection connection) {
        long checkout = checkouts.incrementAndGet();
        long[] transaction = {1};
        return proxy(Connection.class, connection, (target, method, arguments) -> {
            Object result = invoke(target, method, arguments);
            switch (method.getName()) {
                case "commit", "rollback" -> transaction[0]++;
                case "createStatement", "prepareStatement", "prepareCall" -> {
                    String sql = arguments != null && arguments.length > 0 && arguments[0] instanceof String text
                            ? text : null;
                    return counted((Statement) result, connection, sql, checkout, transaction);
                }
                default -> { }
            }
            return result;
        });
    }

    private Statement counted(Statement statement, Connection connection, @Nullable String preparedSql,
            long checkout, long[] transaction) {
        Class<? extends Statement> type = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        List<String> batch = new ArrayList<>();
        return proxy(type, statement, (target, method, arguments) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batch.add(arguments != null && arguments.length == 1 ? (String) arguments[0] : preparedSql);
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                batch.forEach(sql -> record(sql, connection, checkout, transaction));
                batch.clear();
            } else if (name.startsWith("execute")) {
                record(arguments != null && arguments.length > 0 && arguments[0] instanceof String sql ? sql
                        : preparedSql, connection, checkout, transaction);
            }
            return invoke(target, method, arguments);
        });
    }

    private void record(@Nullable String sql, Connection connection, long checkout, long[] transaction) {
        List<Executed> statements = recording;
        if (statements == null || sql == null) {
            return;
        }
        try {
            boolean inTransaction = !connection.getAutoCommit();
            Executed executed = new Executed(sql, checkout, inTransaction ? checkout + "." + transaction[0] : null,
                    connection.isReadOnly(), Thread.currentThread().getName());
            if (executed.isData()) {
                statements.add(executed);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the connection's state", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<? extends T> type, T target, Handler<T> handler) {
        return (T) Proxy.newProxyInstance(DatabaseStatements.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> handler.handle(target, method, arguments));
    }

    private static Object invoke(Object target, Method method, Object @Nullable [] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object @Nullable [] arguments) throws Throwable;
    }
}
