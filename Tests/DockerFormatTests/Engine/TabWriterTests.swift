import DockerFormat
import Testing

/// Expected outputs are byte-exact copies of docker 20.10.24 tables (`| cat -A` checked).
@Suite struct TabWriterTests {
  @Test func serviceListWithTrailingPortsColumn() {
    let input =
      "ID\tNAME\tMODE\tREPLICAS\tIMAGE\tPORTS\n"
      + "kzhbfoybgotp\ttpl-web\treplicated\t0/1\tdiamol/ch09-access-log:latest\t*:8099->80/tcp\n"
    #expect(
      TabWriter().format(input)
        == "ID             NAME      MODE         REPLICAS   IMAGE                           PORTS\n"
        + "kzhbfoybgotp   tpl-web   replicated   0/1        diamol/ch09-access-log:latest   *:8099->80/tcp\n"
    )
  }

  @Test func emptyListsKeepHeaderPadding() {
    #expect(
      TabWriter().format("ID\tNAME\tMODE\tREPLICAS\tIMAGE\tPORTS\n")
        == "ID        NAME      MODE      REPLICAS   IMAGE     PORTS\n")
  }

  @Test func nodeList() {
    let input =
      "ID\tHOSTNAME\tSTATUS\tAVAILABILITY\tMANAGER STATUS\tENGINE VERSION\n"
      + "87tbkcxe6lcidsviqv13bimaw *\tvm\tReady\tActive\tLeader\t20.10.24+dfsg1\n"
    #expect(
      TabWriter().format(input)
        == "ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION\n"
        + "87tbkcxe6lcidsviqv13bimaw *   vm         Ready     Active         Leader           20.10.24+dfsg1\n"
    )
  }

  @Test func wideCharactersCountAsOneRune() {
    #expect(
      TabWriter().format("x\tNAME\tDRIVER\n日本語\ttpl-net\toverlay\n")
        == "x         NAME      DRIVER\n日本語       tpl-net   overlay\n")
    #expect(
      TabWriter().format("xé\tNAME\t\n日本語é\ttpl-net\t\n")
        == "xé        NAME      \n日本語é      tpl-net   \n")
  }

  @Test func emptyCellsAndTrailingTabsArePadded() {
    #expect(
      TabWriter().format("NAME\t\tMODE\t\ntpl-web\t\treplicated\t\n")
        == "NAME                MODE         \ntpl-web             replicated   \n")
  }

  @Test func lineWithoutTabsEndsTheColumnBlock() {
    #expect(
      TabWriter().format("NAME\tMODE\nID\ntpl-web\treplicated\nkzhbfoybgotp\n")
        == "NAME      MODE\nID\ntpl-web   replicated\nkzhbfoybgotp\n")
  }
}
