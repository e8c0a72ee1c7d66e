package io.github.backloglint.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/** Fetches artifacts and their runtime classpath from Maven Central into a local repository. */
final class Resolver {

  private static final RemoteRepository CENTRAL =
      new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/")
          .build();

  private final RepositorySystem system = new RepositorySystemSupplier().get();
  private final DefaultRepositorySystemSession session;

  Resolver(Path localRepository) {
    session = MavenRepositorySystemUtils.newSession();
    session.setLocalRepositoryManager(
        system.newLocalRepositoryManager(session, new LocalRepository(localRepository.toFile())));
    Properties properties = new Properties();
    properties.putAll(System.getProperties()); // POM profiles activate by JDK and OS
    session.setSystemProperties(properties);
  }

  /** One file: {@code group:artifact[:extension[:classifier]]:version}. */
  Path file(String coordinates) throws Exception {
    return system
        .resolveArtifact(session, new ArtifactRequest(new DefaultArtifact(coordinates), List.of(CENTRAL), null))
        .getArtifact()
        .getFile()
        .toPath();
  }

  /** The artifacts and everything they need at run time, the artifacts first. */
  List<Path> classpath(String... coordinates) throws Exception {
    CollectRequest collect = new CollectRequest();
    collect.setRepositories(List.of(CENTRAL));
    for (String c : coordinates) {
      collect.addDependency(new Dependency(new DefaultArtifact(c), JavaScopes.COMPILE));
    }
    DependencyResult result = system.resolveDependencies(session, new DependencyRequest(
        collect, DependencyFilterUtils.classpathFilter(JavaScopes.COMPILE, JavaScopes.RUNTIME)));
    List<Path> files = new ArrayList<>();
    result.getArtifactResults().forEach(r -> files.add(r.getArtifact().getFile().toPath()));
    return files;
  }
}
