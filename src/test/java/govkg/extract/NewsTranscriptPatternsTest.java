package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.DOCUMENT;
import static govkg.extract.EntityType.EVENT;
import static govkg.extract.EntityType.ORGANIZATION;
import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/** Patterns of TV-news and national reports (sentences written for these tests). */
class NewsTranscriptPatternsTest {

    @Test
    void prepositionAfterATitleIsNoName() {
        Extracted x = Extracted.from("会议传达学习了总书记关于政法工作的重要指示。");
        assertThat(x.labels(PERSON)).isEmpty();
    }

    @Test
    void nameEndsBeforeTheVerbThatFollowsIt() {
        Extracted x = Extracted.from("财政部部长刘海川受国务院委托作报告。");
        assertThat(x.labels(PERSON)).containsExactly("刘海川");
    }

    @Test
    void conjunctionAfterANameJoinsTwoNames() {
        Extracted x = Extracted.from("法庭庭长李文和书记员王丽出庭。");
        assertThat(x.labels(PERSON)).doesNotContain("李文和");
    }

    @Test
    void termNumberStaysInTheTitle() {
        Extracted x = Extracted.from("第十九届中央候补委员张国栋出席会议。");
        assertThat(x.postsOf("张国栋")).extracting(PostHolding::title).anyMatch(t -> t.startsWith("第十九届"));
    }

    @Test
    void formerPostKeepsTheBodyWithoutFormer() {
        Extracted x = Extracted.from("原山西省兴县公安局魏家滩派出所民警白建国被依法查处。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.startsWith("原"));
    }

    @Test
    void hallIsNoMeeting() {
        Extracted x = Extracted.from("颁奖仪式在北京人民大会堂举行。");
        assertThat(x.labels(EVENT)).noneMatch(l -> l.contains("人民大会"));
    }

    @Test
    void verbsBeforeAMeetingStayOutOfItsName() {
        Extracted x = Extracted.from("各级纪检监察机关要认真落实中央纪委五次全会部署。");
        assertThat(x.labels(EVENT)).allSatisfy(l -> assertThat(l).doesNotContain("落实"));
    }

    @Test
    void countedMeetingIsNoName() {
        Extracted x = Extracted.from("两部门每季度召开一次联席会议。");
        assertThat(x.labels(EVENT)).isEmpty();
    }

    @Test
    void songsAndProgrammesAreNoDocuments() {
        Extracted x = Extracted.from("全场高唱《义勇军进行曲》，随后观看了《焦点访谈》。");
        assertThat(x.labels(DOCUMENT)).isEmpty();
    }

    @Test
    void shortTitleRefersToTheDocumentOfThatType() {
        Extracted x = Extracted.from("全会审议通过《中共浙江省委关于推进基层治理的决定》。《决定》指出，要健全网格。");
        assertThat(x.mentions(DOCUMENT)).hasSize(2).extracting(Mention::label).containsOnly("中共浙江省委关于推进基层治理的决定");
    }

    @Test
    void typeBeforeABracketedNote() {
        Extracted x = Extracted.from("省司法厅印发《浙江省人民调解考评办法（试行）》。");
        assertThat(x.mentions(DOCUMENT)).singleElement().satisfies(d -> assertThat(d.attr("docType")).isEqualTo("办法"));
    }
}
