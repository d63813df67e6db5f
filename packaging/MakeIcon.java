import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the app icon (three overlapping circles: peers, on an open page); run by build.sh. */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        int s = 256;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x2f6f5e));
        g.fill(new RoundRectangle2D.Double(8, 8, s - 16, s - 16, 56, 56));
        g.setColor(new Color(0xfdfdfb));
        g.fill(new RoundRectangle2D.Double(44, 60, 168, 140, 18, 18));
        g.setStroke(new BasicStroke(6));
        Color[] peers = {new Color(255, 214, 0, 200), new Color(66, 150, 255, 200), new Color(255, 92, 160, 200)};
        int[][] at = {{78, 92}, {128, 92}, {103, 132}};
        for (int i = 0; i < 3; i++) {
            g.setColor(peers[i]);
            g.fillOval(at[i][0], at[i][1], 52, 52);
        }
        g.setColor(new Color(0x2f6f5e));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        g.drawString("P", 118, 236);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }
}
