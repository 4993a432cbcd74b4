package app.limber.community.ui;

import app.limber.community.QueueRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The moderation grid's columns. Wide windows get Author, Comment (the widest, with the actions under the text, as
 * in WordPress), On and Submitted side by side; narrower ones (phones, tablets, small laptops with the menu open) get
 * one card per comment holding all of it, so that the comment is never squeezed into a sliver.
 */
final class QueueColumns {

    /** The narrowest window (in CSS pixels) that fits every column at its minimum width next to the menu. */
    static final int WIDE_WINDOW = 1200;
    /** The comment column's least width beside the others; cards fill whatever the screen has. */
    private static final String COMMENT_WIDTH = "20rem";
    private static final String CARD_WIDTH = "12rem";

    private final Grid<QueueRow> grid;
    private final Grid.Column<QueueRow> comment;
    private final List<Grid.Column<QueueRow>> besideTheComment;
    private final Consumer<QueueRow> filterByItem;
    private final Function<QueueRow, Component> rowActions;
    private boolean cards;

    QueueColumns(Grid<QueueRow> grid, Consumer<QueueRow> filterByItem, Function<QueueRow, Component> rowActions) {
        this.grid = grid;
        this.filterByItem = filterByItem;
        this.rowActions = rowActions;
        Grid.Column<QueueRow> author = grid.addComponentColumn(QueueCells::author).setHeader("Author")
                .setKey("author").setWidth("13rem").setFlexGrow(1);
        comment = grid.addComponentColumn(this::comment).setHeader("Comment").setKey("comment")
                .setWidth(COMMENT_WIDTH).setFlexGrow(4);
        Grid.Column<QueueRow> item = grid.addComponentColumn(row -> QueueCells.item(row, filterByItem))
                .setHeader("On").setKey("item").setWidth("9rem").setFlexGrow(1);
        Grid.Column<QueueRow> submitted = grid.addColumn(QueueCells::submitted).setHeader("Submitted")
                .setKey("submitted").setWidth("9rem").setFlexGrow(0);
        besideTheComment = List.of(author, item, submitted);
    }

    /** Shows columns or cards for a window this wide. */
    void fitTo(int windowWidth) {
        boolean narrow = windowWidth < WIDE_WINDOW;
        if (narrow == cards) {
            return;
        }
        cards = narrow;
        besideTheComment.forEach(column -> column.setVisible(!narrow));
        comment.setWidth(narrow ? CARD_WIDTH : COMMENT_WIDTH);
        grid.getDataProvider().refreshAll();
    }

    private Component comment(QueueRow row) {
        if (!cards) {
            return new Div(QueueCells.comment(row), rowActions.apply(row));
        }
        Div submitted = new Div();
        submitted.addClassName("queue-submitted");
        submitted.setText(QueueCells.submitted(row));
        Div card = new Div(QueueCells.author(row), QueueCells.comment(row), QueueCells.item(row, filterByItem),
                submitted, rowActions.apply(row));
        card.addClassName("queue-card");
        return card;
    }
}
