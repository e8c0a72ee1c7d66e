package io.github.backloglint.realworld;

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
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Downloads an artifact, its sources jar and the dependencies its own build compiles against
 * (compile, provided, runtime and its direct optional ones) from Maven Central into the cache.
 */
final class Downloads {

  /** What was downloaded; {@code sources} is null when the artifact publishes none. */
  record Resolved(Path jar, Path sources, List<Path> dependencies, List<String> unresolved) {}

  private final RepositorySystem system = new RepositorySystemSupplier().get();
  private final DefaultRepositorySystemSession session;
  private final RemoteRepository central;

  /** {@code repositoryUrl}: the remote repository the build itself uses (the POM passes it). */
  Downloads(Path cache, String repositoryUrl) {
    central = new RemoteRepository.Builder("central", "default", repositoryUrl).build();
    session = MavenRepositorySystemUtils.newSession();
    session.setLocalRepositoryManager(
        system.newLocalRepositoryManager(session, new LocalRepository(cache.toFile())));
    // POM profiles are activated by the JDK and OS, as in a real build.
    Properties properties = new Properties();
    properties.putAll(System.getProperties());
    session.setSystemProperties(properties);
  }

  Resolved resolve(String coordinates) throws Exception {
    DefaultArtifact artifact = new DefaultArtifact(coordinates);
    Path jar = download(artifact);
    Path sources = null;
    try {
      sources = download(new DefaultArtifact(artifact.getGroupId(), artifact.getArtifactId(),
          "sources", "jar", artifact.getVersion()));
    } catch (ArtifactResolutionException e) {
      // Some artifacts publish no sources jar: only the bytecode tool sees them.
    }
    ArtifactDescriptorResult descriptor = system.readArtifactDescriptor(
        session, new ArtifactDescriptorRequest(artifact, List.of(central), null));
    CollectRequest collect = new CollectRequest();
    collect.setRootArtifact(artifact);
    collect.setRepositories(List.of(central));
    collect.setManagedDependencies(descriptor.getManagedDependencies());
    for (Dependency dependency : descriptor.getDependencies()) {
      if (!JavaScopes.TEST.equals(dependency.getScope())) {
        collect.addDependency(dependency);
      }
    }
    DependencyRequest request = new DependencyRequest(
        collect, DependencyFilterUtils.classpathFilter(JavaScopes.COMPILE, JavaScopes.RUNTIME));
    DependencyResult result;
    List<String> unresolved = new ArrayList<>();
    try {
      result = system.resolveDependencies(session, request);
    } catch (DependencyResolutionException e) {
      // An optional dependency that is not on Central: analyse with what there is, and say so.
      result = e.getResult();
      unresolved.add(e.getMessage());
    }
    List<Path> dependencies = new ArrayList<>();
    for (ArtifactResult dependency : result.getArtifactResults()) {
      if (dependency.isResolved()) {
        dependencies.add(dependency.getArtifact().getFile().toPath());
      }
    }
    return new Resolved(jar, sources, dependencies, unresolved);
  }

  private Path download(DefaultArtifact artifact) throws ArtifactResolutionException {
    ArtifactResult result =
        system.resolveArtifact(session, new ArtifactRequest(artifact, List.of(central), null));
    return result.getArtifact().getFile().toPath();
  }
}
