package dev.stancegraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community server with Bolt on 127.0.0.1, for machines without Docker.
 *
 * <p>Usage: {@code Launcher <homeDir> <boltPort> <pageCacheMiB>}, with the password in the
 * NEO4J_PASSWORD environment variable so it never shows up in a process listing.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Launcher <homeDir> <boltPort> <pageCacheMiB>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must be set and at least 8 characters long");
      System.exit(2);
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM (db:stop) runs this hook, so the store is checkpointed and closed cleanly.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                }));

    setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
    System.out.println("stancegraph-neo4j ready on bolt://127.0.0.1:" + port);
    stopped.await();
  }

  /** Embedded transactions bypass auth, so the system database accepts the password change. */
  private static void setPassword(GraphDatabaseService system, String password) {
    try (var tx = system.beginTx()) {
      tx.execute(
              "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password))
          .close();
      tx.commit();
    } catch (RuntimeException e) {
      // Re-setting the password it already has is refused; that is the normal restart case.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }
}
