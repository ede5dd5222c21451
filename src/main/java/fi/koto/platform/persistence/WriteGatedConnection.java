package fi.koto.platform.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A JDBC connection that enters the {@link H2WriteGate} before its first writing statement and leaves it when the
 * transaction ends (commit, rollback, switching auto-commit on, closing or aborting). In auto-commit mode a writing
 * statement holds the gate only while it runs. Reading statements pass straight through.
 */
final class WriteGatedConnection implements InvocationHandler {

    private static final Set<String> EXECUTE = Set.of(
            "execute", "executeUpdate", "executeLargeUpdate", "executeQuery", "executeBatch", "executeLargeBatch");

    private final Connection target;
    private final H2WriteGate gate;
    private Connection self;
    private boolean autoCommit;
    private boolean holding;

    private WriteGatedConnection(Connection target, H2WriteGate gate) throws SQLException {
        this.target = target;
        this.gate = gate;
        this.autoCommit = target.getAutoCommit();
    }

    static Connection wrap(Connection target, H2WriteGate gate) throws SQLException {
        var handler = new WriteGatedConnection(target, gate);
        handler.self = (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        return handler.self;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean noArgs = args == null || args.length == 0;
        Object identity = identity(proxy, name, args);
        if (identity != null) {
            return identity;
        }
        switch (name) {
            case "commit", "close", "abort" -> {
                return endingTransaction(method, args);
            }
            case "rollback" -> {
                // rollback(Savepoint) keeps the transaction going, and so the gate
                return noArgs ? endingTransaction(method, args) : call(target, method, args);
            }
            case "setAutoCommit" -> {
                boolean on = (Boolean) args[0];
                Object result = on && !autoCommit ? endingTransaction(method, args) : call(target, method, args);
                autoCommit = on;
                return result;
            }
            case "createStatement" -> {
                return statement(Statement.class, call(target, method, args), null);
            }
            case "prepareStatement" -> {
                return statement(PreparedStatement.class, call(target, method, args), (String) args[0]);
            }
            case "prepareCall" -> {
                return statement(CallableStatement.class, call(target, method, args), (String) args[0]);
            }
            default -> {
                return call(target, method, args);
            }
        }
    }

    private Object endingTransaction(Method method, Object[] args) throws Throwable {
        try {
            return call(target, method, args);
        } finally {
            release();
        }
    }

    private void release() {
        if (holding) {
            holding = false;
            gate.leave();
        }
    }

    /** Runs a statement that writes: inside the gate, which an auto-commit statement leaves right after. */
    private Object write(Object statement, Method method, Object[] args) throws Throwable {
        if (!holding) {
            gate.enter();
            holding = true;
        }
        try {
            return call(statement, method, args);
        } finally {
            if (autoCommit) {
                release();
            }
        }
    }

    private <T extends Statement> T statement(Class<T> type, Object statement, String preparedSql) {
        boolean preparedWrites = SqlStatements.writes(preparedSql); // once, not at every execution
        InvocationHandler handler = new InvocationHandler() {
            private boolean batchWrites;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                String name = method.getName();
                Object identity = identity(proxy, name, args);
                if (identity != null) {
                    return identity;
                }
                if (name.equals("getConnection")) {
                    return self;
                }
                if (name.equals("addBatch") && args != null && args.length == 1 && args[0] instanceof String sql) {
                    batchWrites |= SqlStatements.writes(sql);
                } else if (name.equals("clearBatch")) {
                    batchWrites = false;
                } else if (EXECUTE.contains(name)) {
                    boolean batch = name.endsWith("Batch");
                    boolean writes = batch
                            ? batchWrites || preparedWrites
                            : args != null && args.length > 0 && args[0] instanceof String sql
                                    ? SqlStatements.writes(sql)
                                    : preparedWrites;
                    if (batch) {
                        batchWrites = false; // executing a batch empties it
                    }
                    if (writes) {
                        return write(statement, method, args);
                    }
                }
                return call(statement, method, args);
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /**
     * A proxy is equal only to itself, as the object it wraps is (the pool keeps connections in sets); null for any
     * other method.
     */
    private static Object identity(Object proxy, String name, Object[] args) {
        int arguments = args == null ? 0 : args.length;
        if (name.equals("equals") && arguments == 1) {
            return proxy == args[0];
        }
        if (name.equals("hashCode") && arguments == 0) {
            return System.identityHashCode(proxy);
        }
        return null;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
